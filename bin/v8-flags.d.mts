// Types of bin/v8-flags.mjs, for the tests that start the CLI under its V8 flags.
export declare const CLI_V8_FLAGS: readonly string[];
