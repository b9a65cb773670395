// The HTML walk is iterative: trees far deeper than the call stack allows read like any other,
// in document order, with the same breaks and list markers as shallow ones.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { estimateDepth, jsonLdScripts, stripTags } from '../../src/input/html-depth.js';
import { htmlToText, nodeToText, treeShape } from '../../src/input/html-to-text.js';

/** A tree `levels` deep built node by node (the parser's own cost grows with depth squared). */
function deepTree(
  levels: number,
  tagAt: (level: number) => string,
  textAt: (level: number) => string,
): { body: HTMLElement; bottom: Element } {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  let parent: Element = document.body;
  for (let level = 0; level < levels; level++) {
    const el = document.createElement(tagAt(level));
    const text = textAt(level);
    if (text) el.append(document.createTextNode(text));
    parent.append(el);
    parent = el;
  }
  return { body: document.body, bottom: parent };
}

describe('the HTML walk on deep trees', () => {
  it('reads the text at the bottom of 100,000 nested <div>s, and measures that depth', () => {
    const { body, bottom } = deepTree(
      100_000,
      () => 'div',
      () => '',
    );
    bottom.append('Peer support specialist wanted.');
    expect(nodeToText(body)).toBe('Peer support specialist wanted.');
    expect(treeShape(body)).toEqual({ depth: 100_000, elements: 100_001 });
  });

  it('keeps document order, breaks and list markers at every level of a 100,000-deep tree', () => {
    const levels = 100_000;
    const { body, bottom } = deepTree(
      levels,
      (i) => (i % 2 ? 'span' : 'div'),
      (i) => (i % 2 ? '' : `level${i}`),
    );
    const list = bottom.ownerDocument.createElement('ul');
    for (const item of ['first', 'second']) {
      const li = bottom.ownerDocument.createElement('li');
      li.append(item);
      list.append(li);
    }
    bottom.append(list);
    const after = bottom.ownerDocument.createElement('p');
    after.append('after');
    body.append(after);
    const lines = nodeToText(body).split('\n');
    expect(lines[0]).toBe('level0');
    expect(lines.slice(-6)).toEqual(['level99998', '', '- first', '- second', '', 'after']);
    expect(lines.filter((l) => l.startsWith('level'))).toHaveLength(levels / 2);
  });

  it('estimates the depth of markup before parsing it, and reads markup too deep to parse as flat text', () => {
    const html = `<p>Intro</p>${'<div>'.repeat(100_000)}Peer &amp; recovery coach wanted.${'</div>'.repeat(100_000)}<ul><li>one<li>two</ul>`;
    expect(estimateDepth(html)).toBe(100_000);
    expect(estimateDepth('<p>a<p>b<br><img src=x><ul><li>c<li>d</ul>')).toBe(1);
    expect(htmlToText(html)).toBe('Intro\n\nPeer & recovery coach wanted.\n\none\ntwo');
    expect(stripTags('<script>if (a < b) { x = "<div>"; }</script><style>p{}</style>Words')).toBe('Words');
  });

  it('ends a script or style at its closing tag in any mix of cases', () => {
    expect(stripTags('<Script>x = "<div><div>";</sCrIpT><STYLE>p{}</Style>Words')).toBe('Words');
    expect(estimateDepth('<SCRIPT>document.write("<div><div><div>")</Script><div>a</div>')).toBe(1);
    // a closing tag of another name does not end it
    expect(stripTags('<script>a = "</scr" + "</b>";</SCRIPT>after')).toBe('after');
  });

  it('finds the JSON-LD scripts of markup without parsing it, whatever the quoting and case of their type', () => {
    const html = [
      '<script type="application/ld+json">{"a":1}</script>',
      '<SCRIPT TYPE=\'Application/LD+JSON; charset=utf-8\'>{"b":2}</Script>',
      '<script type=application/ld+json>{"c":3}</script>',
      '<script>var notJsonLd = 1;</script>',
      '<script type="text/javascript">{"d":4}</script>',
      '<div data-type="application/ld+json">{"e":5}</div>',
    ].join('');
    expect(jsonLdScripts(html)).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('reads 50,000 nested inline tags as one run of text', () => {
    expect(htmlToText(`${'<b>'.repeat(50_000)}Lived experience required${'</b>'.repeat(50_000)} today`)).toBe(
      'Lived experience required today',
    );
  });
});
