// A Vite plugin for the analysis worker's build: the worker's minified chunks keep every
// `/* @__PURE__ */` annotation (some 200 of them, 3 KB of the worker every popup opening loads).
// They tell a minifier that a call may be dropped when its result is unused; once the chunk is
// minified nothing reads them, so they are taken out of the written file.
import type { Plugin } from 'vite';

/** An annotation as the minifier leaves it, with the space after it. */
const PURE_ANNOTATION = /\/\*\s*[#@]__PURE__\s*\*\/\s?/g;

/** The chunk's code without its pure annotations. Text inside a string that spelled one would go
 * too: the worker's sources and dependencies hold none (tests/extension-build/without-pure-annotations.test.ts
 * reads the built worker for any left). */
export function withoutPureAnnotations(code: string): string {
  // After a word ("return/* @__PURE__ */ new Set") a space keeps the two words apart.
  return code.replace(PURE_ANNOTATION, (_, at: number) => (at > 0 && /[\w$]/.test(code[at - 1]!) ? ' ' : ''));
}

export function withoutPureAnnotationsPlugin(): Plugin {
  return {
    name: 'peerlens:without-pure-annotations',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = withoutPureAnnotations(file.code);
    },
  };
}
