// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextChange } from '../../src/extension/editing/changed-paragraphs.js';
import { watchTyping } from '../../src/extension/editing/watch-typing.js';
import { editableOf, mount } from './dom-fixtures.js';

describe('watchTyping', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports once after a pause in typing, with only the changed paragraph', () => {
    const el = mount('<textarea id="t">First line\nSecond line\nThird line</textarea>', '#t') as HTMLTextAreaElement;
    const changes: Array<[TextChange, string]> = [];
    const watch = watchTyping(editableOf(el), (change, text) => changes.push([change, text]), 300);
    for (const typed of ['Second line!', 'Second line!!', 'Second line!!!']) {
      el.value = `First line\n${typed}\nThird line`;
      el.dispatchEvent(new Event('input'));
      vi.advanceTimersByTime(100);
    }
    expect(changes).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(changes).toHaveLength(1);
    const [change, text] = changes[0]!;
    expect(change.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Second line!!!']);
    expect(change.delta).toBe(3);
    watch.stop();
  });

  it('sees edits an editor makes in its DOM without an input event, and stops when told', async () => {
    const root = mount('<div id="e" contenteditable><p>One</p><p>Two</p></div>', '#e');
    const onChange = vi.fn();
    const watch = watchTyping(editableOf(root), onChange, 300);
    root.querySelector('p')!.firstChild!.textContent = 'One more';
    await vi.advanceTimersByTimeAsync(0); // let the MutationObserver deliver
    watch.flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![1]).toBe('One more\nTwo');
    watch.stop();
    root.querySelector('p')!.firstChild!.textContent = 'Changed again';
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
