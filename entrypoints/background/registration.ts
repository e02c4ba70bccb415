/**
 * Keeps the detector content script registered on exactly the sites the user allows: the built-in
 * (editable) list, plus everywhere when "run on all sites" is on and its permission granted.
 * Registered at runtime (not in the manifest) so the list is editable without an update.
 */
import { browser } from 'wxt/browser';
import { getSettings, type Settings } from '../../utils/ext/settings';
import { sitePatterns } from '../../utils/sites';

const SCRIPT_ID = 'close-reader-detector';
const ALL_SITES = ['*://*/*'];

async function allowedMatches(settings: Settings): Promise<string[]> {
  if (settings.runEverywhere && (await browser.permissions.contains({ origins: ALL_SITES }))) return ALL_SITES;
  const granted: string[] = [];
  for (const domain of settings.sites) {
    const patterns = sitePatterns([domain]);
    // A site the user added but whose permission was refused or revoked is skipped, not an error.
    if (await browser.permissions.contains({ origins: patterns })) granted.push(...patterns);
  }
  return granted;
}

/** Re-registers the detector with the current settings and permissions. */
export async function syncContentScripts(): Promise<string[]> {
  const matches = await allowedMatches(await getSettings());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length)
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, js: ['content-scripts/article.js'], matches, runAt: 'document_idle', allFrames: false },
    ]);
  return matches;
}
