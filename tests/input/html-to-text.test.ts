import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/input/html-to-text.js';

describe('htmlToText', () => {
  it('puts blocks on their own lines and paragraphs apart', () => {
    expect(htmlToText('<h2>About us</h2><p>We   serve\n  adults.</p><div>Apply today</div>')).toBe(
      'About us\n\nWe serve adults.\n\nApply today',
    );
  });

  it('writes list items as "- " lines, nested ones indented', () => {
    expect(htmlToText('<ul><li>Share your story</li><li>Lead <b>groups</b><ul><li>weekly</li></ul></li></ul>')).toBe(
      '- Share your story\n- Lead groups\n  - weekly',
    );
  });

  it('keeps inline elements inside the sentence', () => {
    expect(htmlToText('<p>Peer <strong>support</strong> <em>specialist</em>, full<span>-time</span>.</p>')).toBe(
      'Peer support specialist, full-time.',
    );
  });

  it('drops scripts, styles, templates and hidden elements', () => {
    const html =
      '<p>Visible</p><script>var peer = "x";</script><style>p { color: red }</style><template><p>t</p></template><p hidden>gone</p><span aria-hidden="true">icon</span>';
    expect(htmlToText(html)).toBe('Visible');
  });

  it('decodes entities and turns non-breaking spaces into spaces', () => {
    expect(htmlToText('<p>Families&nbsp;&amp; youth &mdash; we&#8217;re &lt;here&gt;</p>')).toBe('Families & youth — we’re <here>');
  });

  it('turns <br> into line breaks, two of them into a blank line', () => {
    expect(htmlToText('<p>Line one<br>Line two<br><br>Line three</p>')).toBe('Line one\nLine two\n\nLine three');
  });

  it('keeps <pre> text as written', () => {
    expect(htmlToText('<pre>Hours:\n  Mon-Fri  9-5</pre>')).toBe('Hours:\n  Mon-Fri  9-5');
  });

  it('reads table cells as lines', () => {
    expect(htmlToText('<table><tr><td>Pay</td><td>$20/hour</td></tr></table>')).toBe('Pay\n$20/hour');
  });

  it('keeps the line breaks of text with no tags, and reads twice-escaped HTML', () => {
    expect(htmlToText('Duties:\n- groups &amp; outreach')).toBe('Duties:\n- groups & outreach');
    expect(htmlToText('&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;')).toBe('One\n\nTwo');
    expect(htmlToText('Pay is < $20 & > $10')).toBe('Pay is < $20 & > $10');
  });
});
