/**
 * Every call into a browser library is bounded and traced here.
 *
 * Why: some driver calls have no timeout of their own (Playwright's and puppeteer's evaluate,
 * newPage, close). When a browser wedges, such a call never settles, the scenario never ends, and
 * CI runs out of time without saying where (a CI run once sat 80 minutes in one scenario). Bounded,
 * the same hang is a clear failure, "chromium page.evaluate(…) did not answer in 45 s", and the
 * trace printed with it names the steps that led there.
 */

/** Thrown when a driver call does not settle in time: the browser, not the product, stopped answering. */
export class DriverHang extends Error {
  override name = 'DriverHang';
}

/** The last calls made, oldest first, for the report of a failed scenario. */
const trace: string[] = [];
const TRACE_LENGTH = 12;
/** Calls begun and not settled yet, by id. */
const pending = new Map<number, { what: string; since: number }>();
let nextId = 0;

/** Appends to the trace; a repeat of the call before (a poll) or the one before that is counted, not listed. */
function record(what: string): void {
  for (const back of [1, 2]) {
    const prev = trace[trace.length - back];
    const m = prev && /^(.*?)(?: ×(\d+))?$/s.exec(prev);
    if (m && m[1] === what) {
      trace[trace.length - back] = `${what} ×${Number(m[2] ?? 1) + 1}`;
      return;
    }
  }
  trace.push(what);
  if (trace.length > TRACE_LENGTH) trace.shift();
}

/** Default bound for one driver call; longer than any library's own action timeout (30 s). */
export const CALL_TIMEOUT = 45_000;

function summary(args: unknown[]): string {
  return args
    .map((a) => (typeof a === 'function' ? 'fn' : typeof a === 'string' ? JSON.stringify(a.length > 60 ? `${a.slice(0, 57)}…` : a) : String(a)))
    .join(', ');
}

/** Runs `call`, recording it; rejects with DriverHang when it does not settle within `ms`. */
export async function bounded<T>(what: string, ms: number, call: () => Promise<T>): Promise<T> {
  const id = nextId++;
  const since = Date.now();
  pending.set(id, { what, since });
  record(what);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      call(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DriverHang(`${what} did not answer in ${Math.round(ms / 1000)} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    pending.delete(id);
  }
}

/**
 * The same object with each method bounded (`limits` overrides the bound per method name; a
 * function of the arguments lets goto use its own timeout) and traced as `label.method(args)`.
 */
export function guard<T extends object>(obj: T, label: string, limits: Record<string, number | ((args: unknown[]) => number)> = {}): T {
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'function') {
      out[key] = value;
      continue;
    }
    const limit = limits[key];
    out[key] = (...args: unknown[]) => {
      const result: unknown = (value as (...a: unknown[]) => unknown).apply(obj, args);
      // Synchronous helpers (extUrl, takeErrors) stay synchronous.
      if (typeof (result as PromiseLike<unknown> | null)?.then !== 'function') return result;
      const ms = typeof limit === 'function' ? limit(args) : (limit ?? CALL_TIMEOUT);
      return bounded(`${label}.${key}(${summary(args)})`, ms, async () => result);
    };
  }
  return out as T;
}

/** The recent driver calls and any still waiting, for a failure report. */
export function traceReport(): string {
  const now = Date.now();
  const waiting = [...pending.values()].map((p) => `  still waiting ${Math.round((now - p.since) / 1000)} s: ${p.what}`);
  return [`last driver calls (oldest first):`, ...trace.map((t) => `  ${t}`), ...waiting].join('\n');
}
