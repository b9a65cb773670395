// A Vite plugin for the extension builds: zod without code generation. zod 4 compiles fast
// object parsers with the Function constructor unless `jitless` is set, and probes for it with
// `new Function("")`. The extension pages' CSP forbids both, and a store reviewer reads them as
// eval, so the extension's copy of zod starts with `jitless: true` (the setting `z.config()`
// takes, in force before any schema exists, whatever the import order) and has the probe and
// the compiler removed, so no built script holds the Function constructor.
// Every edit must match exactly once: a zod update that moves this code fails the build here.
import type { Plugin } from 'vite';

interface Edit {
  /** The file inside zod's package. */
  file: string;
  find: RegExp;
  replace: string;
}

const EDITS: Edit[] = [
  {
    file: 'v4/core/core.js',
    find: /\(_a\.__zod_globalConfig = \{\}\)/,
    replace: '(_a.__zod_globalConfig = { jitless: true })',
  },
  {
    file: 'v4/core/util.js',
    find: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/,
    replace: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
  },
  {
    file: 'v4/core/doc.js',
    find: /compile\(\) \{[\s\S]*?\n {4}\}/,
    replace: "compile() {\n        throw new Error('zod code generation is off in this build');\n    }",
  },
];

export function zodWithoutCodegen(): Plugin {
  return {
    name: 'peerlens:zod-without-codegen',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      const edits = EDITS.filter((edit) => path.endsWith(`/node_modules/zod/${edit.file}`));
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits) {
        const matches = out.match(new RegExp(edit.find.source, 'g'))?.length ?? 0;
        if (matches !== 1) {
          throw new Error(
            `zod-without-codegen: expected one match in zod/${edit.file}, found ${matches}; zod has changed, update scripts/extension-build/zod-without-codegen.ts`,
          );
        }
        out = out.replace(edit.find, edit.replace);
      }
      return { code: out, map: null };
    },
  };
}
