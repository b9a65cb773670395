// @vitest-environment happy-dom
// The ladder's decisions, with stand-in insertion methods (happy-dom has no execCommand and
// no editors): real editors are exercised in tests/e2e/editors.spec.ts.
import { describe, expect, it, vi } from 'vitest';
import { applySuggestion } from '../../src/extension/editing/apply-suggestion.js';
import { editableElement, type Editable } from '../../src/extension/editing/editor-detection.js';
import type { InsertContext, InsertStrategy } from '../../src/extension/editing/insertion-strategies.js';
import type { UndoStep } from '../../src/extension/editing/undo-edit.js';
import { watchUserInput } from '../../src/extension/editing/user-input-watch.js';
import { mount, QUILL_LIKE } from './dom-fixtures.js';

const TEXT = 'Walk alongside addicts daily.';
const EDIT = { start: 15, end: 22, expected: 'addicts', replacement: 'people in recovery' };
const AFTER = 'Walk alongside people in recovery daily.';

/** A field's content history kept by the stand-in methods, so a stand-in undo can restore it. */
function fakeHistory() {
  const snapshots: string[] = [];
  const contentOf = (e: Editable) => (e.kind === 'text-control' ? e.element.value : e.root.innerHTML);
  const setContent = (e: Editable, v: string) => {
    if (e.kind === 'text-control') e.element.value = v;
    else e.root.innerHTML = v;
  };
  const replaceSelection = ({ editable, range }: InsertContext, text: string) => {
    snapshots.push(contentOf(editable));
    if (editable.kind === 'text-control') {
      const el = editable.element;
      el.setRangeText(text, el.selectionStart ?? 0, el.selectionEnd ?? 0, 'end');
    } else {
      range!.deleteContents();
      range!.insertNode(document.createTextNode(text));
    }
  };
  const undo: UndoStep = {
    name: 'execCommand',
    appliesTo: () => true,
    run: vi.fn((e: Editable) => {
      const previous = snapshots.pop();
      if (previous !== undefined) setContent(e, previous);
    }),
  };
  return { replaceSelection, undo };
}

function strategy(method: InsertStrategy['method'], run: (ctx: InsertContext) => boolean, appliesTo = () => true): InsertStrategy {
  return { method, appliesTo, run: vi.fn(run) };
}

const noSettle = () => Promise.resolve();
const ignored = (method: InsertStrategy['method']) => strategy(method, () => true);

describe('applySuggestion', () => {
  it('refuses a span that no longer holds the expected text, touching nothing', async () => {
    const el = mount(`<textarea id="t">Now: ${TEXT}</textarea>`, '#t') as HTMLTextAreaElement;
    const works = strategy('execCommand', () => true);
    const copy = vi.fn(async () => true);
    expect(await applySuggestion(el, EDIT, { strategies: [works], copy, settle: noSettle })).toEqual({
      ok: false,
      reason: 'text-changed',
      copied: false,
    });
    expect(works.run).not.toHaveBeenCalled();
    expect(copy).not.toHaveBeenCalled();
    expect(el.value).toBe(`Now: ${TEXT}`);
  });

  it('stops at the first method whose result is exactly the span replaced', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t') as HTMLTextAreaElement;
    const { replaceSelection } = fakeHistory();
    const later = ignored('paste');
    const result = await applySuggestion(el, EDIT, {
      strategies: [
        ignored('beforeinput'),
        strategy('execCommand', (ctx) => {
          replaceSelection(ctx, ctx.replacement);
          return true;
        }),
        later,
      ],
      settle: noSettle,
    });
    expect(result).toEqual({ ok: true, method: 'execCommand' });
    expect(el.value).toBe(AFTER);
    expect(later.run).not.toHaveBeenCalled();
  });

  it('hands each method the selected span of a rich field', async () => {
    const root = mount(QUILL_LIKE, '.ql-editor');
    const seen: string[] = [];
    const probe = strategy('beforeinput', ({ range, replacement }) => {
      seen.push(`${range?.toString()} -> ${replacement}`);
      return true;
    });
    const text = 'Peer Support Specialist\nYou will walk alongside addicts in early recovery.';
    const start = text.indexOf('addicts in early');
    await applySuggestion(
      root,
      { start, end: start + 16, expected: 'addicts in early', replacement: 'people in early' },
      {
        strategies: [probe],
        copy: async () => false,
        settle: noSettle,
      },
    );
    // Only the words that change are selected: "in early" stays as the user wrote it.
    expect(seen).toEqual(['addicts -> people']);
  });

  it('undoes a half-applied attempt before trying the next method', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t') as HTMLTextAreaElement;
    const { replaceSelection, undo } = fakeHistory();
    const meddling = strategy('beforeinput', (ctx) => {
      replaceSelection(ctx, `${ctx.replacement}!`);
      return true;
    });
    const clean = strategy('execCommand', (ctx) => {
      replaceSelection(ctx, ctx.replacement);
      return true;
    });
    const result = await applySuggestion(el, EDIT, { strategies: [meddling, clean], undoSteps: [undo], settle: noSettle });
    expect(result).toEqual({ ok: true, method: 'execCommand' });
    expect(undo.run).toHaveBeenCalledTimes(1);
    expect(el.value).toBe(AFTER);
  });

  it('stops and says so when a half-applied attempt cannot be undone', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t') as HTMLTextAreaElement;
    const { replaceSelection } = fakeHistory();
    const meddling = strategy('beforeinput', (ctx) => {
      replaceSelection(ctx, `${ctx.replacement}!`);
      return true;
    });
    const later = ignored('paste');
    const noUndo: UndoStep = { name: 'execCommand', appliesTo: () => true, run: vi.fn() };
    const result = await applySuggestion(el, EDIT, {
      strategies: [meddling, later],
      undoSteps: [noUndo],
      copy: async () => true,
      settle: noSettle,
    });
    expect(result).toEqual({ ok: false, reason: 'restore-failed', copied: true });
    expect(later.run).not.toHaveBeenCalled();
  });

  it('does not keep undoing when an undo step reaches past the attempt', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t') as HTMLTextAreaElement;
    const { replaceSelection } = fakeHistory();
    const meddling = strategy('beforeinput', (ctx) => {
      replaceSelection(ctx, `${ctx.replacement}!`);
      return true;
    });
    let n = 0;
    const wildUndo: UndoStep = {
      name: 'execCommand',
      appliesTo: () => true,
      run: vi.fn((e: Editable) => {
        (editableElement(e) as HTMLTextAreaElement).value = `other ${n++}`;
      }),
    };
    const result = await applySuggestion(el, EDIT, {
      strategies: [meddling],
      undoSteps: [wildUndo],
      copy: async () => false,
      settle: noSettle,
    });
    expect(result).toEqual({ ok: false, reason: 'restore-failed', copied: false });
    expect(wildUndo.run).toHaveBeenCalledTimes(2);
  });

  it('copies the replacement when no method works, leaving the field as it was', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t') as HTMLTextAreaElement;
    const copy = vi.fn(async () => true);
    const result = await applySuggestion(el, EDIT, { strategies: [ignored('beforeinput'), ignored('paste')], copy, settle: noSettle });
    expect(result).toEqual({ ok: false, reason: 'editor-refused', copied: true });
    expect(copy).toHaveBeenCalledWith('people in recovery');
    expect(el.value).toBe(TEXT);
  });

  it('reports whether the copy worked', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t');
    const result = await applySuggestion(el, EDIT, { strategies: [], copy: async () => false, settle: noSettle });
    expect(result).toEqual({ ok: false, reason: 'editor-refused', copied: false });
  });

  it('skips methods that do not apply to the field', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t');
    const frameworkOnly = strategy(
      'beforeinput',
      () => true,
      () => false,
    );
    await applySuggestion(el, EDIT, { strategies: [frameworkOnly], copy: async () => false, settle: noSettle });
    expect(frameworkOnly.run).not.toHaveBeenCalled();
  });

  it('offers a copy for fields it may not edit, and refuses spans across paragraphs', async () => {
    const password = mount('<input id="p" type="password" value="addicts">', '#p');
    const copy = vi.fn(async () => true);
    expect(await applySuggestion(password, { ...EDIT, start: 0, end: 7 }, { copy, settle: noSettle })).toEqual({
      ok: false,
      reason: 'not-editable',
      copied: true,
    });
    const root = mount('<div id="e" contenteditable><p>one addict</p><p>two</p></div>', '#e');
    const span = { start: 4, end: 14, expected: 'addict\ntwo', replacement: 'x' };
    expect(await applySuggestion(root, span, { copy, settle: noSettle })).toMatchObject({ ok: false, reason: 'span-crosses-blocks' });
  });

  it('does nothing for a replacement equal to the text', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t');
    const works = strategy('execCommand', () => true);
    expect(await applySuggestion(el, { ...EDIT, replacement: 'addicts' }, { strategies: [works], settle: noSettle })).toEqual({
      ok: true,
      method: 'none',
    });
    expect(works.run).not.toHaveBeenCalled();
  });
});

describe('applySuggestion while the user types', () => {
  it('neither undoes nor retries when the user typed while an attempt settled', async () => {
    const el = mount(`<textarea id="t">${TEXT}</textarea>`, '#t') as HTMLTextAreaElement;
    const { undo } = fakeHistory();
    const next = ignored('paste');
    const user = { acted: false, stop: vi.fn() };
    const typesDuringAttempt = strategy('execCommand', () => {
      el.value = `${TEXT} More`; // the user's keystroke lands while the editor settles
      user.acted = true;
      return true;
    });
    const result = await applySuggestion(el, EDIT, {
      strategies: [typesDuringAttempt, next],
      undoSteps: [undo],
      watchUser: () => user,
      settle: noSettle,
    });
    expect(result).toEqual({ ok: false, reason: 'text-changed', copied: false });
    expect(undo.run).not.toHaveBeenCalled();
    expect(next.run).not.toHaveBeenCalled();
    expect(el.value).toBe(`${TEXT} More`);
    expect(user.stop).toHaveBeenCalled();
  });

  it("counts only trusted events as the user's", () => {
    const watch = watchUserInput(document);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    document.body.dispatchEvent(new Event('paste', { bubbles: true }));
    expect(watch.acted).toBe(false);
    watch.stop();
  });
});
