/**
 * A local server for end-to-end tests: serves every page fixture at its real URL's host and path
 * (Chromium maps every host to 127.0.0.1 with --host-resolver-rules; Firefox uses this server as
 * its HTTP proxy; so nothing reaches the internet), plus a placeholder for any image, and a few
 * generated hostile pages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listPageFixtures } from '../helpers/fixtures';

/** A running fixture server. */
export interface FixtureServer {
  port: number;
  /** The http:// URL under which a fixture is served (its real host and path). */
  urlOf: (fixtureUrl: string) => string;
  /** Serves other HTML at a fixture's URL from now on (a re-published page). */
  setPage: (fixtureUrl: string, html: string) => void;
  close: () => Promise<void>;
}

const IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="100%" height="100%" fill="#c9d3df"/><text x="50%" y="50%" font-family="sans-serif" font-size="32" text-anchor="middle" fill="#44546a">Ảnh minh họa</text></svg>`;

const routeKey = (host: string, pathAndQuery: string) => `${host.toLowerCase().replace(/:\d+$/, '')}${pathAndQuery}`;

/** Extra pages by route key ("host/path"), for hostile-input tests. */
export type ExtraPages = Record<string, string>;

/** Starts the server on a free port. */
export async function startFixtureServer(extra: ExtraPages = {}): Promise<FixtureServer> {
  const routes = new Map<string, string>(Object.entries(extra));
  for (const f of listPageFixtures()) {
    const u = new URL(f.url);
    routes.set(routeKey(u.host, u.pathname + u.search), f.html);
  }
  const server: Server = createServer((req, res) => {
    // Firefox reaches us as an HTTP proxy, so the request line carries the absolute URL.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const page = routes.get(routeKey(url.host, url.pathname + url.search));
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(page);
    }
    if (/\.(jpe?g|png|gif|webp|svg)(\?|$)/i.test(req.url ?? '')) {
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      return void res.end(IMAGE);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    urlOf: (fixtureUrl) => {
      const u = new URL(fixtureUrl);
      return `http://${u.host}${u.pathname}${u.search}`;
    },
    setPage: (fixtureUrl, html) => {
      const u = new URL(fixtureUrl);
      routes.set(routeKey(u.host, u.pathname + u.search), html);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
