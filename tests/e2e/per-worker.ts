// A worker-scoped Playwright fixture: made once per worker process, cleaned up when it ends
// (the fixture server, the prepared copy of the extension).
import type { WorkerFixture } from '@playwright/test';

export function perWorker<T>(
  make: () => Promise<T>,
  clean: (value: T) => Promise<unknown>,
): [WorkerFixture<T, object>, { scope: 'worker' }] {
  return [
    async ({}, use) => {
      const value = await make();
      await use(value);
      await clean(value);
    },
    { scope: 'worker' },
  ];
}
