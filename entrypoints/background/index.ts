import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { settingsItem } from '../../utils/ext/settings';
import { dropTab } from '../../utils/ext/session';
import { registerArchiveHandlers } from './archive-handlers';
import { openReaderOn, registerHandlers } from './handlers';
import { syncContentScripts } from './registration';

export default defineBackground(() => {
  registerHandlers();
  registerArchiveHandlers();
  const sync = () => void syncContentScripts().catch((e: unknown) => console.error('[registration]', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  settingsItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.tabs.onRemoved.addListener((tabId) => void dropTab(tabId));
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-reader' || tab?.id === undefined) return;
    await openReaderOn(tab.id).catch((e: unknown) => console.error('[command]', e));
  });
});
