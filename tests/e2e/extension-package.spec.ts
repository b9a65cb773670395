// What the stores receive: no built script evaluates strings as code; `web-ext lint` passes on
// the Firefox archive with only the warnings SECURITY.md explains; both archives carry the icons
// the manifest names, the licence and the privacy page. Needs `npm run zip` (test:all runs it).
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { findCodeEvaluation } from './code-evaluation.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BUILDS = ['chrome-mv3', 'firefox-mv3'];
const ZIPS = { chrome: `peerlens-${VERSION}-chrome.zip`, firefox: `peerlens-${VERSION}-firefox.zip` };
const ICON_SIZES = [16, 32, 48, 128];

/**
 * The lint warnings SECURITY.md explains, each with a check that it is still the explained case.
 * Preact's renderer supports `dangerouslySetInnerHTML`, which no PeerLens source uses.
 */
const EXPLAINED_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    isExplained: (file: string) => file.includes('dangerouslySetInnerHTML'),
  },
];

function scriptsIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => join(dir, f));
}

function readZip(name: string): Record<string, Uint8Array> {
  const path = join(OUTPUT, name);
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run zip\` first.`);
  return unzipSync(readFileSync(path));
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0)).toBe(0x89504e47);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test("the detector finds zod's code generation as it was, and passes ordinary code", () => {
  expect(findCodeEvaluation('try{return Function(``),!0}catch{return!1}').map((f) => f.what)).toEqual(['Function(']);
  expect(findCodeEvaluation('compile(){let e=Function,t=this?.content;return new e(...a)}').map((f) => f.what)).toEqual([
    'the Function constructor as a value',
  ]);
  expect(findCodeEvaluation('x=eval("1+1")')).toHaveLength(1);
  expect(findCodeEvaluation('globalThis.eval(code)')).toHaveLength(1);
  expect(
    findCodeEvaluation('c=Function.call.bind(Object.prototype.hasOwnProperty);e instanceof Function;page.evaluate(f);retrieval()'),
  ).toEqual([]);
});

for (const build of BUILDS) {
  test(`${build}: no built script evaluates strings as code`, () => {
    const dir = join(OUTPUT, build);
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No ${dir}: run \`npm run build\` first.`);
    const scripts = scriptsIn(dir);
    expect(scripts.length).toBeGreaterThan(3);
    const found = scripts.flatMap((file) =>
      findCodeEvaluation(readFileSync(file, 'utf8')).map((f) => `${file.slice(dir.length + 1)}: ${f.what} in …${f.context}…`),
    );
    expect(found).toEqual([]);
  });
}

test('no PeerLens source sets HTML from a string', () => {
  const sources = [join(ROOT, 'src/extension'), join(ROOT, 'entrypoints')].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => join(dir, f)),
  );
  const offenders = sources.filter((file) =>
    /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
      readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, ''),
    ),
  );
  expect(offenders).toEqual([]);
});

test('web-ext lint on the Firefox archive: no errors, and only the warnings SECURITY.md explains', async () => {
  test.setTimeout(180_000);
  const files = readZip(ZIPS.firefox);
  const dir = await mkdtemp(join(tmpdir(), 'peerlens-lint-'));
  try {
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), bytes);
    }
    const webExt = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [webExt, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      {
        maxBuffer: 32 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      errors: Array<{ code: string; message: string }>;
      warnings: Array<{ code: string; file?: string; message: string }>;
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);

    const security = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
    const unexplained = report.warnings.filter((warning) => {
      const explained = EXPLAINED_WARNINGS.find((e) => e.code === warning.code);
      const file = warning.file ? readFileSync(join(dir, warning.file), 'utf8') : '';
      return !explained?.isExplained(file) || !security.includes(warning.code);
    });
    expect(unexplained.map((w) => `${w.code} in ${w.file}: ${w.message}`)).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

for (const [browser, zip] of Object.entries(ZIPS)) {
  test(`the ${browser} archive carries its icons, the licence and the privacy page`, () => {
    const files = readZip(zip);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      icons: Record<string, string>;
      action: { default_icon: Record<string, string> };
    };
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons).map(Number)).toEqual(ICON_SIZES);
      for (const [size, path] of Object.entries(icons)) {
        expect(files[path], `${path} in ${zip}`).toBeDefined();
        expect(pngSize(files[path]!)).toEqual({ width: Number(size), height: Number(size) });
      }
    }
    const licence = new TextDecoder().decode(files['LICENSE.txt']);
    expect(licence).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    expect(licence).toContain('MIT License');
    const privacy = new TextDecoder().decode(files['privacy.html']);
    expect(privacy).toContain('<h1>PeerLens privacy policy</h1>');
    expect(privacy).not.toMatch(/<script/i);
    expect(files['privacy.css']).toBeDefined();
  });
}

test("the store listing texts fit the stores' limits, and the manifest description is the summary", () => {
  const listing = readFileSync(join(ROOT, 'docs/store/listing.md'), 'utf8');
  const limited = [...listing.matchAll(/^#{3} (.+) \(at most (\d+) characters\)\n\n(.+)$/gm)].map(([, field, max, text]) => ({
    field: field!,
    max: Number(max),
    length: text!.length,
  }));
  const inline = [...listing.matchAll(/^- \*\*(.+?)\*\* \(at most (\d+) characters\): (.+)$/gm)].map(([, field, max, text]) => ({
    field: field!,
    max: Number(max),
    length: text!.length,
  }));
  expect(limited.length + inline.length).toBeGreaterThanOrEqual(10);
  for (const f of [...limited, ...inline]) expect(f.length, `${f.field}: ${f.length} characters`).toBeLessThanOrEqual(f.max);

  const summary = /^### Summary \(at most 132 characters\)\n\n(.+)$/m.exec(listing)![1];
  for (const build of BUILDS) {
    const manifest = JSON.parse(readFileSync(join(OUTPUT, build, 'manifest.json'), 'utf8')) as { description: string };
    expect(manifest.description).toBe(summary);
  }
});
