// Files the CLI build (scripts/build-cli.mjs) writes beside dist/cli.mjs, found from code that
// runs bundled: in dist/cli.mjs or dist/audit-worker-code.cjs, or in a chunk under dist/chunks/.

/** The URL of `name` beside the CLI bundle, for code whose module URL is `here`. */
export function besideBundle(here: string, name: string): URL {
  return new URL(/\/chunks\/[^/]+$/.test(here) ? `../${name}` : `./${name}`, here);
}
