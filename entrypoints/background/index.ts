import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { reindexIfStale } from '../../utils/archive/entities';
import { RECOGNISER_VERSION } from '../../utils/entities/version';
import { settingsItem } from '../../utils/ext/settings';
import { recognise } from '../../utils/ner/recognise';
import { dropTab } from '../../utils/ext/session';
import { registerArchiveHandlers } from './archive-handlers';
import { openReaderOn, registerHandlers } from './handlers';
import { syncContentScripts } from './registration';

export default defineBackground(() => {
  registerHandlers();
  registerArchiveHandlers();
  const sync = () => void syncContentScripts().catch((e: unknown) => console.error('[registration]', e));
  // The entity index is derived data: rebuilt when the recogniser or its gazetteers change.
  const reindex = () => void reindexIfStale(RECOGNISER_VERSION, recognise).catch((e: unknown) => console.error('[entities]', e));
  const startup = () => (sync(), reindex());
  browser.runtime.onInstalled.addListener(startup);
  browser.runtime.onStartup.addListener(startup);
  settingsItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.tabs.onRemoved.addListener((tabId) => void dropTab(tabId));
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-reader' || tab?.id === undefined) return;
    await openReaderOn(tab.id).catch((e: unknown) => console.error('[command]', e));
  });
});
