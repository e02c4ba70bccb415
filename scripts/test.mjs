#!/usr/bin/env node
/**
 * `npm test`: everything, in order, on a fresh machine:
 *   1. unit + corpus + invariant tests (vitest, Node);
 *   2. Chrome MV3 and Firefox MV3 builds, and `web-ext lint` on the Firefox build (no errors allowed);
 *   3. end-to-end tests with the built extension (tests/e2e, node:test): the same scenarios in
 *      headless Chromium and in headless Firefox ESR.
 * Ends with one plain "N passed, N failed, N skipped" line. A missing Chromium fails the run with the
 * exact command to install it (CI's .ci/run installs it first); a missing Firefox is reported as
 * SKIPPED with its install command, and its scenarios count as skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const artifacts = path.join(root, 'artifacts');
mkdirSync(artifacts, { recursive: true });
const env = { ...process.env, TZ: 'UTC' };
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...opts }).status ?? 1;
}
const bin = (name) => path.join(root, 'node_modules/.bin', name);

// 1. vitest
const vitestJson = path.join(artifacts, 'vitest.json');
const vStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else if (vStatus !== 0) totals.failed += 1;

// 2. builds + Firefox lint
for (const [label, args] of [['chrome build', ['build']], ['firefox build', ['build', '-b', 'firefox', '--mv3']]]) {
  if (run(bin('wxt'), args) === 0) totals.passed += 1;
  else (totals.failed += 1), console.error(`FAILED: ${label}`);
}
const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--self-hosted'], { cwd: root, env, encoding: 'utf8' });
try {
  const report = JSON.parse(lint.stdout);
  console.log(`\nweb-ext lint (firefox-mv3): ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  for (const e of report.errors) console.error(`  lint error: ${e.code} ${e.file ?? ''} ${e.message}`);
  report.summary.errors === 0 ? (totals.passed += 1) : (totals.failed += 1);
} catch {
  console.error(`FAILED: web-ext lint did not run\n${lint.stderr}`);
  totals.failed += 1;
}

// 3. e2e: one scenario file, a suite per browser (tests/e2e/adapter); a missing browser's suite is skipped.
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!chromium) {
  console.error('\nChromium not found: its end-to-end tests cannot run.\n  Install it with: apt-get update && apt-get install -y chromium\n  (or set CHROMIUM_PATH to a Chromium/Chrome binary)');
  totals.failed += 1;
}
const skippedFirefox = !existsSync(firefox);
if (skippedFirefox) console.log(`\nSKIPPED Firefox: ${firefox} not found — apt-get install -y firefox-esr`);
const files = readdirSync(path.join(root, 'tests/e2e')).filter((f) => f.endsWith('.e2e.ts')).map((f) => `tests/e2e/${f}`);
// One process per browser, each with a hard cap: a wedged browser fails its own suite (with the
// trace the adapter prints) and can neither hide the other browser's results nor eat CI's time.
const E2E_CAP_MS = 15 * 60_000;
const summaries = [];
for (const browser of (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim())) {
  const tap = path.join(artifacts, `e2e-${browser}.tap`);
  rmSync(tap, { force: true });
  const args = ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files];
  console.log(`\n$ E2E_BROWSERS=${browser} ${process.execPath} ${args.join(' ')}`);
  // detached: the run is its own process group, so a cap kills the browsers it started as well.
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, E2E_BROWSERS: browser }, detached: true, timeout: E2E_CAP_MS, killSignal: 'SIGKILL' });
  try {
    process.kill(-r.pid, 'SIGKILL'); // whatever the run left behind (none when it ended cleanly)
  } catch {
    // the group is gone already
  }
  if (r.error || r.signal) {
    console.error(`FAILED: the ${browser} end-to-end run did not finish in ${E2E_CAP_MS / 60_000} min and was stopped`);
    totals.failed += 1;
  }
  const out = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled') + (out || r.signal ? 0 : 1);
  totals.skipped += count('skipped');
  summaries.push(...suiteSummaries(out));
}
for (const s of summaries) console.log(s);
if (skippedFirefox) console.log(`SKIPPED Firefox: ${firefox} not found — apt-get install -y firefox-esr`);
console.log(`\nScreenshots: ${path.join(artifacts, 'screenshots')}`);

/** "e2e Chromium: 10 passed, 0 failed, 0 skipped in 35.2 s" per top-level suite of the TAP report. */
function suiteSummaries(tapText) {
  const lines = tapText.split('\n');
  const result = [];
  let sub = { passed: 0, failed: 0, skipped: 0 };
  lines.forEach((line, i) => {
    const test = /^ {4}(not )?ok \d+ - .*?( # SKIP.*)?$/.exec(line);
    if (test) test[2] ? sub.skipped++ : test[1] ? sub.failed++ : sub.passed++;
    const suite = /^(?:not )?ok \d+ - Close Reader in (\w+)/.exec(line);
    if (!suite) return;
    const ms = Number(/duration_ms: ([\d.]+)/.exec(lines.slice(i, i + 4).join('\n'))?.[1] ?? 0);
    result.push(`e2e ${suite[1]}: ${sub.passed} passed, ${sub.failed} failed, ${sub.skipped} skipped in ${(ms / 1000).toFixed(1)} s`);
    sub = { passed: 0, failed: 0, skipped: 0 };
  });
  return result;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
