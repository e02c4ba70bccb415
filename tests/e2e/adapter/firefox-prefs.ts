/**
 * The Firefox profile prefs of the end-to-end runs (puppeteer rewrites user.js from these on every
 * launch, so they hold across relaunches). See ../shared/research/firefox-e2e.md.
 */

/** Prefs for one run: every host through the fixture server at `port`, downloads into `downloads`, a fixed add-on UUID. */
export function firefoxPrefs({ port, downloads, addonId, uuid }: { port: number; downloads: string; addonId: string; uuid: string }): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }), // a JSON string
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    // Every host → the fixture server, which answers proxy requests (absolute URLs).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // The fixtures are served over plain http under their real (https) site names, and the local
    // server speaks no TLS: no HTTPS-first, and no upgrade of the article's http:// images inside our
    // extension pages (Firefox treats those as mixed content; real press sites serve https images).
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'security.mixed_content.upgrade_display_content': false,
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  };
}
