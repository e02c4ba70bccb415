import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh, empty IndexedDB per test so archive tests never see each other's rows.
  globalThis.indexedDB = new IDBFactory();
});
