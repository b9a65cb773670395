// The audit report's inline stylesheet and its one small script (sorting the documents table).
// The page's Content-Security-Policy allows this script by its SHA-256 hash and nothing else,
// so text from an audited page could never run as script even if escaping had a gap.
// tests/audit/audit-html.test.ts checks SORT_SCRIPT_HASH against SORT_SCRIPT.

export const REPORT_CSS = `
:root {
  color-scheme: light dark; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --mark: #fff3b0; --paper: #ffffff;
  --quote: #f6f8fa; --sev: #eaeef2; --sev-error: #ffd8d3; --sev-warning: #fff1c2; --sev-info: #ddf4ff; --link: #0b5cad;
}
/* Dark theme, chosen by the reader's system setting; printing stays light. */
@media screen and (prefers-color-scheme: dark) {
  :root {
    --ink: #e6edf3; --muted: #b1bac4; --line: #3d444d; --mark: #6b5a00; --paper: #0d1117;
    --quote: #161b22; --sev: #30363d; --sev-error: #6e1a14; --sev-warning: #5a4300; --sev-info: #0c3a5e; --link: #79c0ff;
  }
}
* { box-sizing: border-box; }
a { color: var(--link); }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { margin: 0 0 .3rem; overflow-wrap: anywhere; }
.muted, .meta { color: var(--muted); }
.stats { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 1rem 0; padding: 0; list-style: none; }
.stats li { min-width: 8rem; }
.stats b { display: block; font-size: 1.4rem; }
.chart { max-width: 100%; height: auto; }
.chart text { font-size: 12px; fill: var(--ink); }
.chart .count { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; }
td.doc { overflow-wrap: anywhere; }
th button { white-space: nowrap; font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort=ascending] button::after { content: " ▲"; }
th[aria-sort=descending] button::after { content: " ▼"; }
.grade { display: inline-block; min-width: 1.6rem; text-align: center; border-radius: .3rem; color: #fff; font-weight: 600; }
.grade-A { background: #1a7f37; } .grade-B { background: #4c9a2a; } .grade-C { background: #9a7700; }
.grade-D { background: #c0580a; } .grade-F { background: #c62828; } .grade-none { background: #6e7781; }
.doc-section { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.2rem; margin: 1.2rem 0; break-inside: avoid-page; }
.doc-section.failed { border-left: .35rem solid #c62828; }
.findings { padding-left: 1.4rem; }
.findings > li { margin: .9rem 0; }
.finding-head { font-weight: 600; }
.sev { text-transform: uppercase; font-size: .75rem; letter-spacing: .04em; padding: .05rem .35rem; border-radius: .25rem; background: var(--sev); }
.sev-error { background: var(--sev-error); } .sev-warning { background: var(--sev-warning); } .sev-info { background: var(--sev-info); }
blockquote { margin: .35rem 0; padding: .3rem .8rem; border-left: .25rem solid var(--line); background: var(--quote); overflow-wrap: anywhere; }
mark { background: var(--mark); color: var(--ink); padding: 0 .1rem; font-weight: 600; }
.suggestions { margin: .25rem 0; padding-left: 1.2rem; }
.source { color: var(--muted); font-size: .9rem; }
.back { font-size: .9rem; }
@media print { :root { color-scheme: light; } th button::after { content: "" !important; } .back { display: none; } body { max-width: none; } }
`;

export const SORT_SCRIPT = `(function () {
  var tables = document.querySelectorAll('table[data-sortable]');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) { return row.cells[column].getAttribute('data-value') || ''; };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (x === '' || y === '') return (x === '') - (y === '');
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();`;

/** 'sha256-…' of SORT_SCRIPT, for the Content-Security-Policy. */
export const SORT_SCRIPT_HASH = 'sha256-rIaS+UNa8iK81yQPmbGxyEI0rNEJyAsOJT/ggH2Ness=';
