import { defineConfig } from 'wxt';
import { BUILTIN_SITES, sitePatterns } from './utils/sites';

// See ../shared/research/toolchain.md for why these exact settings (Preact via tsconfig jsx, no plugin).
export default defineConfig({
  imports: false,
  // The sources zip goes to addons.mozilla.org for review: test outputs are not sources.
  zip: { excludeSources: ['artifacts/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Close Reader',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // Fewest permissions: storage for settings, scripting + activeTab to inject the detector and
    // extractor on a user gesture, host permissions only for the built-in press sites.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: sitePatterns(BUILTIN_SITES),
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_cmdOpenReader__',
      },
    },
    web_accessible_resources: [
      { resources: ['reader.html'], matches: ['*://*/*'] },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'close-reader@doc-ky.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
