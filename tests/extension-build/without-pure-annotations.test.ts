// The analysis worker's build drops the minifier's pure annotations, and only them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutPureAnnotations } from '../../scripts/extension-build/without-pure-annotations.js';

describe('pure annotations', () => {
  it('are taken out, with the space after them, and nothing else', () => {
    expect(withoutPureAnnotations('const a=/* @__PURE__ */ new Set([1]),b=/*#__PURE__*/f(2);')).toBe('const a=new Set([1]),b=f(2);');
    expect(withoutPureAnnotations('/* a comment that stays */ x(1)')).toBe('/* a comment that stays */ x(1)');
    expect(withoutPureAnnotations('if(a)return/* @__PURE__ */ new Set;')).toBe('if(a)return new Set;');
  });
  const assets = join(import.meta.dirname, '../../.output/chrome-mv3/assets');
  it.runIf(existsSync(assets))('none is left in a built analysis worker', () => {
    const worker = readdirSync(assets).find((f) => f.startsWith('analysis.worker') && f.endsWith('.js'));
    expect(worker).toBeDefined();
    const code = readFileSync(join(assets, worker!), 'utf8');
    expect(code).not.toMatch(/__PURE__/);
    // Still a module that parses: a word the annotation stood between is kept apart.
    expect(() => new Function(code.replace(/^\s*(?:import|export)\b[^;]*;/gm, ''))).not.toThrow();
  });
});
