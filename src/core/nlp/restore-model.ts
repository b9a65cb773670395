// Puts a stored compromise word model in place of the one in compromise's world (the build of
// compromise in parts-of-speech-ready.generated.js, see scripts/build-parts-of-speech.ts). JSON
// holds the model's plain data; the few values JSON cannot hold are listed as fix-ups by path.

/** A key path from the model's root. */
export type ModelPath = (string | number)[];

export type ModelFixup =
  /** An own property whose value is undefined (JSON would drop the key, and the key is read). */
  | [path: ModelPath, kind: 'undefined']
  | [path: ModelPath, kind: 'regexp', source: string, flags: string]
  /** A Set of strings or numbers, in its order. */
  | [path: ModelPath, kind: 'set', items: (string | number)[]]
  /** The same object as the one at `target` (compromise shares a few arrays between words). */
  | [path: ModelPath, kind: 'same', target: ModelPath];

type Container = Record<string | number, unknown>;

function at(root: unknown, path: ModelPath): unknown {
  let value = root;
  for (const key of path) value = (value as Container)[key];
  return value;
}

/** The stored model: `json` parsed, then each fix-up written over its placeholder (key order kept). */
export function storedModel(json: string, fixups: readonly ModelFixup[]): unknown {
  const root: unknown = JSON.parse(json);
  for (const fixup of fixups) {
    const path = fixup[0];
    const parent = at(root, path.slice(0, -1)) as Container;
    const key = path[path.length - 1]!;
    if (fixup[1] === 'undefined') parent[key] = undefined;
    else if (fixup[1] === 'regexp') parent[key] = new RegExp(fixup[2], fixup[3]);
    else if (fixup[1] === 'set') parent[key] = new Set(fixup[2]);
    else parent[key] = at(root, fixup[2]);
  }
  return root;
}

/** Replaces the contents of compromise's world model (the same object: compromise holds it) with the stored one. */
export function restoreModel(model: Container, json: string, fixups: string): void {
  const stored = storedModel(json, JSON.parse(fixups) as ModelFixup[]) as Container;
  for (const key of Object.keys(model)) delete model[key];
  Object.assign(model, stored);
}

/** compromise's compiled match rules (what its `buildNet` makes of model.two.matches), stored by
 * scripts/build-parts-of-speech.ts: each rule once, and each hook's rules by their index. */
export interface StoredNet {
  rules: unknown[];
  hooks: Record<string, number[]>;
  always: number[];
}

export function restoreNet(json: string, fixups: string): { hooks: Record<string, unknown[]>; always: unknown[] } {
  const { rules, hooks, always } = storedModel(json, JSON.parse(fixups) as ModelFixup[]) as StoredNet;
  const byIndex = (indexes: number[]) => indexes.map((i) => rules[i]);
  const restored: Record<string, unknown[]> = {};
  for (const key of Object.keys(hooks)) restored[key] = byIndex(hooks[key]!);
  return { hooks: restored, always: byIndex(always) };
}
