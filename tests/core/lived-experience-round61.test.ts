// Round 61 (session 14): shapes met in an opened blind set (blind22), rewritten in our own words.
// A "Lived Experience:" line of its own after "Education and Experience: Any combination of ..." is
// a requirement; a civil-service "Substitution:" line whose paid work "may substitute for the
// required experience" opens the lived experience asked to other ways in; "Big plus:" heads a
// preference, and "you've been through" names one's own experience; "willingness to disclose it"
// is willingness to share.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('labeled lines, substitutions and big pluses', [
  {
    name: 'a lived experience line of its own after an any-combination clause',
    text: 'Peer Services Manager\nCounty of Alder | $98,000 - $120,000\n\nLead the county peer workforce and speak openly about your own recovery.\n\nMINIMUM QUALIFICATIONS\nTraining and Experience: Any combination of training and experience equal to four years of peer support work.\nLived Experience: Your own lived experience of recovery from a mental health condition.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: lived experience within the any-combination clause itself',
    text: 'Peer Services Manager\nCounty of Alder | $98,000 - $120,000\n\nLead the county peer workforce.\n\nMINIMUM QUALIFICATIONS\nAny combination of training and experience equal to four years of peer work, such as peer work and lived experience of recovery from a mental health condition.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'paid work that may substitute for the required experience, on a Substitution line',
    text: 'Peer Specialist I\nCounty of Alder | $3,200 - $4,100 monthly\n\nProvide peer support to adults at the county clinic.\n\nMINIMUM QUALIFICATIONS\nEducation: High school diploma or GED.\nExperience: Twelve months of your own experience as a person who has received mental health services.\nSubstitution: Paid work in a social services agency may substitute for the required experience.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: a Substitution line that replaces the education asked',
    text: 'Peer Specialist I\nCounty of Alder | $3,200 - $4,100 monthly\n\nProvide peer support to adults at the county clinic.\n\nMINIMUM QUALIFICATIONS\nExperience: Twelve months of your own experience as a person who has received mental health services.\nEducation: High school diploma or GED.\nSubstitution: Two years of work experience may substitute for the required education.',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: "big plus: you've been through it yourself",
    text: "Community Health Worker - Peer\nBayside Housing | $24 an hour\n\nVisit tenants at home when they invite you and help them with benefits and appointments.\n\nYou need:\n- CHW certification or eligibility\n\nBig plus:\n- you've been through homelessness or recovery yourself",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);

describe('willingness to disclose it', () => {
  beforeAll(loadPartsOfSpeech);
  it('is willingness to share the experience', () => {
    const ids = analyze(
      'Director of Peer Services\nCounty of Alder | $120,000\n\nLead the peer workforce.\n\nMINIMUM QUALIFICATIONS\nYour own recovery from a mental illness or an addiction, and being ready to disclose it when you speak for the county.',
    ).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('le-no-willingness-to-share');
    expect(ids).not.toContain('duty-report-on-people');
  });
});
