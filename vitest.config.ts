import { defineConfig } from 'vitest/config';

// Unit, golden and lexicon tests. Browser tests are Playwright specs (tests/e2e/*.spec.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    globalSetup: ['tests/setup/compile-lexicons.ts'],
    setupFiles: ['tests/setup/parts-of-speech.ts'],
  },
});
