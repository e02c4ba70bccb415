// Code passed to Driver.evalExtension() runs with the extension's API as `chrome` (Chromium: the service
// worker; Firefox: an extension page, where the adapter binds `chrome` to the promise-based `browser`).
declare const chrome: typeof import('wxt/browser').browser;
