// Pages the document-kind judgment still gets wrong, kept with the judgment a reader gives them.
// Each is expected to fail: when a change fixes one, this test says so, and the text moves to
// tests/fixtures/whole-postings with its expectation.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

describe('known misses of the document kind', () => {
  // A records job that would like applicants in recovery: "patient files" no longer counts as work
  // with the people served (roles.json recordsOfThePeople), but "route referrals to the intake
  // desk" does (the duty reading's people served include "referrals"), so the preference makes it
  // a peer job, while the competency check finds no peer work. Counting only the competency reading there breaks a family support
  // coordinator who walks beside parents (lived-experience round 4), whose duties name the people
  // served but no competency phrase or shape.
  it.fails('a records specialist who links documents to patient files is not a peer job', () => {
    const text =
      'Records Specialist\nEastgate Community Services | $19/hour | full time\nLink scanned documents to patient files, route referrals to the intake desk and keep the chart index current.\nLived experience of recovery is a plus.\n';
    expect(analyze(text).document.kind).toBe('non-peer-posting');
  });
});
