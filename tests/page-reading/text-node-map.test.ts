// @vitest-environment happy-dom
// Plain text from DOM elements and the way back: offset range -> DOM Range -> the same text, and
// DOM position -> offset.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetAt, rangeAt } from '../../src/extension/page-reading/text-node-map.js';
import type { TextMap } from '../../src/extension/page-reading/types.js';
import { fixturePage, pageAt } from './dom.js';

function mapOf(html: string): TextMap {
  const doc = pageAt('https://example.org/', `<div id="root">${html}</div>`);
  return buildTextMap(doc.getElementById('root')!);
}

/** Every run of the text copied from the DOM maps back to exactly that text. */
function expectRoundTrip(map: TextMap): void {
  expect(map.segments.length).toBeGreaterThan(0);
  for (const s of map.segments) {
    expect(rangeAt(map, s.start, s.start + s.length)!.toString()).toBe(map.text.slice(s.start, s.start + s.length));
    expect(offsetAt(map, s.node, s.nodeStart)).toBe(s.start);
    expect(offsetAt(map, s.node, s.nodeStart + s.length)).toBe(s.start + s.length);
  }
  // Every word: one DOM range with the same text (give or take the zero-width characters the
  // reader drops), unless the reader wrote it (list markers).
  for (const m of map.text.matchAll(/\S+/g)) {
    const range = rangeAt(map, m.index, m.index + m[0].length);
    if (range) expect(range.toString().replace(/[\u00ad\u200b-\u200d\u2060]/g, '')).toBe(m[0]);
    else expect(m[0]).toBe('-');
  }
}

describe('buildTextMap', () => {
  it('gives blocks line breaks, paragraphs blank lines, and collapses whitespace as it renders', () => {
    const map = mapOf(`<h2>Peer   Support
      Specialist</h2><p>We are <b>hiring</b>.<br>Apply today.</p><div>One</div><div>Two</div>`);
    expect(map.text).toBe('Peer Support Specialist\n\nWe are hiring.\nApply today.\n\nOne\nTwo');
    expectRoundTrip(map);
  });

  it('writes list items as "- " lines, nested ones indented, as the CLI reader does', () => {
    const map = mapOf('<ul><li>Share your story</li><li>Lead groups<ul><li>WRAP</li></ul></li></ul><ol><li>First</li></ol>');
    expect(map.text).toBe('- Share your story\n- Lead groups\n  - WRAP\n\n- First');
    expectRoundTrip(map);
  });

  it('leaves out scripts, styles, hidden text, navigation, buttons and form fields', () => {
    const map = mapOf(`<nav>Home Jobs</nav><p>Visible</p><script>var x = "script";</script><style>p{}</style>
      <p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p><span class="visually-hidden">(opens in a new tab)</span>
      <p style="display: none">inline hidden</p><button>Apply</button><textarea>draft</textarea><footer>Footer</footer><p>End</p>`);
    expect(map.text).toBe('Visible\n\nEnd');
    expectRoundTrip(map);
  });

  it('keeps <pre> whitespace and drops zero-width characters', () => {
    const map = mapOf('<pre>  line one\n  line two</pre><p>peer\u200bsupport\u00a0\u00a0works</p>');
    expect(map.text).toBe('  line one\n  line two\n\npeersupport works');
    expectRoundTrip(map);
  });

  it('separates table cells and rows', () => {
    const map = mapOf('<table><tr><th>Salary</th><td>$20</td></tr><tr><th>Type</th><td>Full time</td></tr></table>');
    expect(map.text).toBe('Salary $20\nType Full time');
    expectRoundTrip(map);
  });

  it('joins several elements as paragraphs', () => {
    const doc = pageAt('https://example.org/', '<div id="a">Duties here</div><p>noise</p><div id="b">Requirements here</div>');
    const map = buildTextMap([doc.getElementById('a')!, doc.getElementById('b')!]);
    expect(map.text).toBe('Duties here\n\nRequirements here');
    expectRoundTrip(map);
  });

  it('keeps page chrome when asked (text the user chose)', () => {
    const doc = pageAt('https://example.org/', '<footer id="f">Footer <b>text</b></footer>');
    expect(buildTextMap(doc.getElementById('f')!).text).toBe('');
    expect(buildTextMap(doc.getElementById('f')!, { keepChrome: true }).text).toBe('Footer text');
  });

  it('round-trips on every fixture page body', () => {
    for (const file of ['indeed.html', 'usajobs.html', 'agency-policy.html', 'spa.html', 'lever.html']) {
      const doc = fixturePage(file, 'https://example.org/');
      expectRoundTrip(buildTextMap(doc.body));
    }
  });
});

describe('rangeAt', () => {
  it('maps a span across inline elements and maps spans in synthetic gaps to nothing', () => {
    const map = mapOf('<p>Meet with <em>clients suffering</em> from illness.</p><p>Next</p>');
    const at = map.text.indexOf('clients suffering from');
    expect(rangeAt(map, at, at + 'clients suffering from'.length)!.toString()).toBe('clients suffering from');
    const gap = map.text.indexOf('\n\n');
    expect(rangeAt(map, gap, gap + 2)).toBeNull();
    expect(rangeAt(map, 5, 5)).toBeNull();
    // A span that starts in a gap is trimmed to the DOM text.
    expect(rangeAt(map, gap, gap + 6)!.toString()).toBe('Next');
  });
});

describe('offsetAt', () => {
  it('maps element boundaries to the text beside them and unknown nodes to -1', () => {
    const doc = pageAt('https://example.org/', '<div id="root"><p id="p">Alpha <b>beta</b></p><nav id="n">menu</nav></div>');
    const map = buildTextMap(doc.getElementById('root')!);
    const p = doc.getElementById('p')!;
    expect(offsetAt(map, p, 1)).toBe(map.text.indexOf('beta'));
    expect(offsetAt(map, p, 2)).toBe(map.text.indexOf('beta') + 4);
    expect(offsetAt(map, doc.getElementById('n')!.firstChild!, 1)).toBe(-1);
  });
});

/** A page of its own, scripts off, for shadow roots and frames. */
function page(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('buildTextMap in shadow roots', () => {
  it('reads an open shadow root where it is rendered, slotted text in its slot, and maps offsets back', () => {
    const doc = page('<main><p>Before.</p><div id="host"><p slot="lead">Slotted words.</p></div><p>After.</p></main>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const heading = doc.createElement('h2');
    heading.textContent = 'Inside the shadow';
    const slot = doc.createElement('slot');
    slot.setAttribute('name', 'lead');
    const own = doc.createElement('p');
    own.textContent = 'Own shadow text.';
    root.append(heading, slot, own);

    const map = buildTextMap(doc.querySelector('main')!);
    expect(map.text).toBe('Before.\n\nInside the shadow\n\nSlotted words.\n\nOwn shadow text.\n\nAfter.');
    const at = map.text.indexOf('shadow text');
    const range = rangeAt(map, at, at + 'shadow text'.length)!;
    expect(range.toString()).toBe('shadow text');
    expect(range.startContainer.parentNode).toBe(own);
  });

  it('keeps to the light tree inside a selection', () => {
    const doc = page('<main><p id="a">Light text.</p><div id="host">Fallback.</div></main>');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).textContent = 'Shadow text.';
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('main')!);
    expect(buildTextMap(doc.querySelector('main')!, { range }).text).toBe('Light text.\n\nFallback.');
  });
});
