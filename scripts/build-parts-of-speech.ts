// Builds compromise's part-of-speech level (compromise/two) with its word model expanded at build
// time: src/core/nlp/parts-of-speech-ready.generated.js (not committed; written with the ready
// lexicons by scripts/compile-lexicons.ts). On import, compromise unpacks its lexicon, conjugates
// and inflects its words and deep-merges the result into its world: ~180 ms of CPU on every
// start. Here that model is taken once from compromise itself, stored as JSON, and put in place
// of the one compromise would build; the code that reads it is compromise's own, unchanged, so
// every parse is the same (tests/core/parts-of-speech-ready.test.ts compares them).
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StoredNet } from '../src/core/nlp/restore-model.js';
import { serializeModel } from './parts-of-speech/serialize-model.js';

export const READY_PARTS_OF_SPEECH_FILE = fileURLToPath(new URL('../src/core/nlp/parts-of-speech-ready.generated.js', import.meta.url));
const RESTORE_FILE = fileURLToPath(new URL('../src/core/nlp/restore-model.ts', import.meta.url));
const SERIALIZE_FILE = fileURLToPath(new URL('./parts-of-speech/serialize-model.ts', import.meta.url));

/** compromise's package folder (its exports hide package.json): up from its CommonJS build. */
function packageDir(file: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (
      existsSync(join(dir, 'package.json')) &&
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'compromise'
    )
      return dir;
  }
  throw new Error(`no compromise package above ${file}`);
}
const compromiseDir = packageDir(createRequire(import.meta.url).resolve('compromise/two'));
/** compromise's source entry of its part-of-speech level, and the module that builds its word model at import. */
const TWO_ENTRY = join(compromiseDir, 'src/two.js');
const MODEL_MODULE = join(compromiseDir, 'src/2-two/preTagger/model/index.js');

/** What the file is made from: rebuilt when compromise or this generator changes. */
function stamp(): string {
  const { version } = JSON.parse(readFileSync(join(compromiseDir, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const file of [fileURLToPath(import.meta.url), RESTORE_FILE, SERIALIZE_FILE]) hash.update(readFileSync(file));
  return `compromise ${version}, generator ${hash.digest('hex').slice(0, 16)}`;
}

/** The module whose first parse compiles compromise's match rules (its "net"), and that line. */
const POST_TAGGER_MODULE = join(compromiseDir, 'src/2-two/postTagger/compute/index.js');
const NET_LINE = 'net = net || methods.one.buildNet(model.two.matches, world)';

interface World {
  model: { two: { matches: unknown[] } };
  methods: { one: { buildNet: (matches: unknown[], world: World) => { hooks: Record<string, object[]>; always: object[] } } };
}

async function compromiseTwo(): Promise<{ model: () => unknown; world: () => World }> {
  return ((await import(pathToFileURL(TWO_ENTRY).href)) as { default: { model: () => unknown; world: () => World } }).default;
}

/** The world model compromise/two builds at import, taken before any text is parsed. */
async function builtModel(): Promise<unknown> {
  return (await compromiseTwo()).model();
}

/**
 * The match rules compromise compiles on its first parse (~30 ms), compiled here: each rule once,
 * each hook as the indexes of its rules (src/core/nlp/restore-model.ts, restoreNet).
 */
async function builtNet(): Promise<StoredNet> {
  const world = (await compromiseTwo()).world();
  // On a copy of the rules: compiling writes into them, and the model keeps them as they were.
  const net = world.methods.one.buildNet(structuredClone(world.model.two.matches), world);
  const rules: object[] = [];
  const index = new Map<object, number>();
  const indexOf = (rule: object) => {
    let i = index.get(rule);
    if (i === undefined) {
      i = rules.push(rule) - 1;
      index.set(rule, i);
    }
    return i;
  };
  const hooks: Record<string, number[]> = {};
  for (const key of Object.keys(net.hooks)) hooks[key] = net.hooks[key]!.map(indexOf);
  return { rules, hooks, always: net.always.map(indexOf) };
}

export async function readyPartsOfSpeechSource(header: string): Promise<string> {
  const { json, fixups } = serializeModel(await builtModel());
  const net = serializeModel(await builtNet());
  const netModule = 'peerlens-ready-net';
  // The module compromise/two imports its expanded word model from gives nothing instead;
  // the entry then puts the stored model in place of the world's.
  const skipModel: Plugin = {
    name: 'stored-word-model',
    setup(b) {
      b.onLoad({ filter: /[\\/]preTagger[\\/]model[\\/]index\.js$/ }, (args) =>
        args.path === MODEL_MODULE ? { contents: 'export default {}', loader: 'js' } : undefined,
      );
      // The post-tagger takes the stored net instead of compiling its rules on the first parse.
      b.onLoad({ filter: /[\\/]postTagger[\\/]compute[\\/]index\.js$/ }, (args) => {
        if (args.path !== POST_TAGGER_MODULE) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(NET_LINE))
          throw new Error(`${POST_TAGGER_MODULE} no longer has "${NET_LINE}": update scripts/build-parts-of-speech.ts`);
        return {
          contents: `import { readyNet } from '${netModule}';\n${source.replace(NET_LINE, 'net = net || readyNet()')}`,
          loader: 'js',
        };
      });
      b.onResolve({ filter: new RegExp(`^${netModule}$`) }, () => ({ path: netModule, namespace: netModule }));
      b.onLoad({ filter: /.*/, namespace: netModule }, () => ({
        contents: [
          `import { restoreNet } from ${JSON.stringify(RESTORE_FILE)};`,
          `export const readyNet = () => restoreNet(${JSON.stringify(net.json)}, ${JSON.stringify(JSON.stringify(net.fixups))});`,
        ].join('\n'),
        resolveDir: compromiseDir,
        loader: 'js',
      }));
    },
  };
  const entry = [
    `import nlp from ${JSON.stringify(TWO_ENTRY)};`,
    `import { restoreModel } from ${JSON.stringify(RESTORE_FILE)};`,
    `restoreModel(nlp.model(), ${JSON.stringify(json)}, ${JSON.stringify(JSON.stringify(fixups))});`,
    'export default nlp;',
    // For tests/core/parts-of-speech-ready.test.ts, which compares it with compromise's own.
    `export { readyNet } from '${netModule}';`,
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: compromiseDir, sourcefile: 'parts-of-speech-ready.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    plugins: [skipModel],
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text;
  return `${header}\n${code}`;
}

/** Writes the file unless it was built from the same compromise by the same generator; true when written. */
export async function writeReadyPartsOfSpeech(): Promise<boolean> {
  const header = `// Generated by scripts/build-parts-of-speech.ts (${stamp()}): do not edit. compromise is MIT-licensed.`;
  if (existsSync(READY_PARTS_OF_SPEECH_FILE) && readFileSync(READY_PARTS_OF_SPEECH_FILE, 'utf8').startsWith(`${header}\n`)) return false;
  writeFileSync(READY_PARTS_OF_SPEECH_FILE, await readyPartsOfSpeechSource(header));
  return true;
}
