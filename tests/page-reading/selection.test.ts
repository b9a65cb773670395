// @vitest-environment happy-dom
// The user's selection: the selected part of the page text with its map, or of a text field.
import { describe, expect, it } from 'vitest';
import { readSelection } from '../../src/extension/page-reading/selection.js';
import { rangeAt } from '../../src/extension/page-reading/text-node-map.js';
import { pageAt } from './dom.js';

const PAGE = `<article><p id="a">Peer staff must not monitor compliance.</p>
  <ul id="l"><li>Support <b>people</b> in recovery</li><li>Lead groups</li></ul>
  <aside id="side">Sidebar note about frequent flyers.</aside></article>`;

function select(doc: Document, start: [Node, number], end: [Node, number]): void {
  const range = doc.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('readSelection', () => {
  it('reads the selected part of the page, clipped inside text nodes, with a map back', () => {
    const doc = pageAt('https://example.org/', PAGE);
    const p = doc.getElementById('a')!.firstChild!;
    const lead = doc.querySelectorAll('#l li')[1]!.firstChild!;
    select(doc, [p, 'Peer staff must not '.length], [lead, 'Lead'.length]);
    const reading = readSelection(doc);
    expect(reading?.kind).toBe('dom');
    if (reading?.kind !== 'dom') return;
    expect(reading.text).toBe('monitor compliance.\n\n- Support people in recovery\n- Lead');
    const at = reading.text.indexOf('people');
    expect(rangeAt(reading.map, at, at + 6)!.toString()).toBe('people');
    expect(rangeAt(reading.map, 0, 'monitor compliance'.length)!.toString()).toBe('monitor compliance');
  });

  it('reads a selection in page chrome the user chose', () => {
    const doc = pageAt('https://example.org/', PAGE);
    const side = doc.getElementById('side')!.firstChild!;
    select(doc, [side, 19], [side, 34]);
    expect(readSelection(doc)).toMatchObject({ kind: 'dom', text: 'frequent flyers' });
  });

  it('reads the selected slice of a focused textarea with its start offset', () => {
    const doc = pageAt('https://example.org/', '<textarea id="t"></textarea>');
    const textarea = doc.getElementById('t') as HTMLTextAreaElement;
    textarea.value = 'We serve addicts and their families.';
    textarea.focus();
    textarea.setSelectionRange(9, 16);
    expect(readSelection(doc)).toEqual({ kind: 'field', element: textarea, text: 'addicts', start: 9 });
  });

  it('returns null when nothing is selected', () => {
    const doc = pageAt('https://example.org/', PAGE);
    expect(readSelection(doc)).toBeNull();
    const p = doc.getElementById('a')!.firstChild!;
    select(doc, [p, 3], [p, 3]);
    expect(readSelection(doc)).toBeNull();
  });
});
