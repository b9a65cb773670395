import { describe, expect, it } from 'vitest';
import { pagesFromFooters, pagesFromListedStarts } from '../../scripts/source-sections/detect-pages.js';

const FOOTER = /\| HANDBOOK \| (\d+)\s*$/;

describe('pages from running footers', () => {
  it('puts the lines between two footers on the pages after the first one up to the second', () => {
    const lines = ['intro', '| HANDBOOK | 4', 'a', 'b', '| HANDBOOK | 5', 'c', 'd', 'e', '| HANDBOOK | 8', 'after'];
    expect(pagesFromFooters(lines, FOOTER)).toEqual([
      [3, 5, 5, 5],
      [6, 9, 6, 8],
    ]);
  });

  it('gives no run before the first footer, after the last one, or for a copy without footers', () => {
    expect(pagesFromFooters(['only', '| HANDBOOK | 3', 'text'], FOOTER)).toEqual([]);
    expect(pagesFromFooters(['no footers here'], FOOTER)).toEqual([]);
  });
});

describe('pages from the document’s own list of where its parts begin', () => {
  const lines = [
    'Included handouts',
    '- Sign-in Sheet (p. 12)',
    '- Team Roster (p. 14)',
    '- Closing Notes (p. 20)',
    'text',
    '## SIGN-IN SHEET',
    'rows',
    '## TEAM ROSTER',
    'names',
    '## CLOSING NOTES',
    'end',
  ];

  it('runs each listed part from its start to the page before the next part, and leaves the last one open', () => {
    const runs = pagesFromListedStarts(lines, [
      { listed: 'Sign-in Sheet', starts: /^## SIGN-IN SHEET/ },
      { listed: 'Team Roster', starts: /^## TEAM ROSTER/ },
      { listed: 'Closing Notes', starts: /^## CLOSING NOTES/ },
    ]);
    expect(runs).toEqual([
      [6, 7, 12, 13],
      [8, 9, 14, 19],
    ]);
  });

  it('refuses a part the document does not list, or one our copy has no start line for', () => {
    expect(() => pagesFromListedStarts(lines, [{ listed: 'Budget', starts: /^## SIGN-IN/ }])).toThrow(/lists no page for "Budget"/);
    expect(() => pagesFromListedStarts(lines, [{ listed: 'Team Roster', starts: /^## ROSTER OF TEAMS/ }])).toThrow(
      /no line of the copy starts/,
    );
  });
});
