import { defineConfig, type Plugin } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Backport of wxt-dev/wxt#1844 for wxt 0.21.0: WXT's browser mock imports the `wxt/testing`
// barrel, which drags esbuild into the DOM realm (see ../shared/research/toolchain.md, P4).
const wxtMockFix: Plugin = {
  name: 'wxt-mock-browser-fix',
  enforce: 'pre',
  resolveId(id, importer) {
    if (id === 'wxt/testing' && importer?.includes('mock-browser'))
      return this.resolve('wxt/testing/fake-browser', importer);
  },
};

export default defineConfig({
  plugins: [WxtVitest(), wxtMockFix],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
    include: ['utils/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
