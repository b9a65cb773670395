import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeAt } from './text-node-map.js';

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
