// How a script injected on demand (the editing script, the field overlay, the mark list, the
// finding card) hands its API to the page reader (content.js): both run in the extension's
// isolated world, so the script leaves the API on that world's global object, under a key of
// its own, and the page reader finds it there once the script has run.

export interface WorldApi<T> {
  /** Called by the injected script when it loads. */
  publish(api: T): void;
  /** The API, or null while the script has not been injected. */
  get(): T | null;
}

export function worldApi<T>(key: string): WorldApi<T> {
  const world = globalThis as Record<string, unknown>;
  return {
    publish: (api) => {
      world[key] = api;
    },
    get: () => (world[key] as T | undefined) ?? null,
  };
}
