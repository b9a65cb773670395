import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/input/html-to-text.js';
import { extractJobPostings, findJobPostings, jobPostingToStructured, salaryText } from '../../src/input/json-ld-job-posting.js';

const posting = (title: string, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title,
  description: `<p>${title} description.</p>`,
  ...extra,
});

describe('findJobPostings: where JobPostings sit in JSON-LD', () => {
  it('finds a top-level object', () => {
    expect(findJobPostings([posting('A')]).map((p) => p.title)).toEqual(['A']);
  });

  it('finds postings in a top-level array, in order, ignoring other types', () => {
    const values = [[{ '@type': 'Organization', name: 'Org' }, posting('A'), posting('B')]];
    expect(findJobPostings(values).map((p) => p.title)).toEqual(['A', 'B']);
  });

  it('finds a posting inside @graph', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, posting('In graph')] };
    expect(findJobPostings([graph]).map((p) => p.title)).toEqual(['In graph']);
  });

  it('finds postings in ItemList.itemListElement[].item', () => {
    const list = {
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: posting('First') },
        { '@type': 'ListItem', position: 2, item: posting('Second') },
      ],
    };
    expect(findJobPostings([list]).map((p) => p.title)).toEqual(['First', 'Second']);
  });

  it('accepts @type as an array and as a full or prefixed IRI', () => {
    const values = [
      { ...posting('Array'), '@type': ['Thing', 'JobPosting'] },
      { ...posting('Iri'), '@type': 'https://schema.org/JobPosting' },
      { ...posting('Prefixed'), '@type': 'schema:JobPosting' },
      { ...posting('Not one'), '@type': 'JobPostingDraft' },
    ];
    expect(findJobPostings(values).map((p) => p.title)).toEqual(['Array', 'Iri', 'Prefixed']);
  });

  it('finds a posting under mainEntity of a WebPage', () => {
    const page = { '@type': 'WebPage', mainEntity: posting('Main') };
    expect(findJobPostings([page]).map((p) => p.title)).toEqual(['Main']);
  });
});

describe('jobPostingToStructured', () => {
  it('maps title, organization and the HTML description to text', () => {
    const result = jobPostingToStructured(
      posting('Peer Support Specialist', {
        description: '<h2>About</h2><p>Join our team&nbsp;&amp; share your story.</p><ul><li>Lead groups</li><li>Advocate</li></ul>',
        hiringOrganization: { '@type': 'Organization', name: 'Hope Center' },
      }),
      htmlToText,
    );
    expect(result).toEqual({
      kind: 'job-posting',
      title: 'Peer Support Specialist',
      organization: 'Hope Center',
      sections: [{ text: 'About\n\nJoin our team & share your story.\n\n- Lead groups\n- Advocate' }],
    });
  });

  it('maps the requirement fields to headed sections, and the salary to "Pay"', () => {
    const result = jobPostingToStructured(
      posting('Recovery Coach', {
        responsibilities: ['Share lived experience', 'Link people to resources'],
        qualifications: '<ul><li>Lived experience of recovery required</li></ul>',
        experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 24 },
        educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school' },
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { '@type': 'QuantitativeValue', minValue: 20, maxValue: 24, unitText: 'HOUR' },
        },
      }),
      htmlToText,
    );
    expect(result.sections.slice(1)).toEqual([
      { heading: 'Responsibilities', text: '- Share lived experience\n- Link people to resources' },
      { heading: 'Qualifications', text: '- Lived experience of recovery required' },
      { heading: 'Experience', text: '2 years of experience' },
      { heading: 'Education', text: 'high school' },
      { heading: 'Pay', text: '$20–$24 per hour' },
    ]);
  });

  it('treats "UNAVAILABLE" placeholders as missing', () => {
    const result = jobPostingToStructured(
      posting('Peer Mentor', { hiringOrganization: 'UNAVAILABLE', qualifications: 'UNAVAILABLE', baseSalary: 'Unavailable' }),
      htmlToText,
    );
    expect(result).toEqual({ kind: 'job-posting', title: 'Peer Mentor', sections: [{ text: 'Peer Mentor description.' }] });
  });

  it('reads a hiringOrganization given as a plain string or a list', () => {
    expect(jobPostingToStructured(posting('A', { hiringOrganization: 'Hope Center' }), htmlToText).organization).toBe('Hope Center');
    expect(jobPostingToStructured(posting('A', { hiringOrganization: [{ name: 'First Org' }] }), htmlToText).organization).toBe(
      'First Org',
    );
  });
});

describe('extractJobPostings', () => {
  it('skips postings with no text at all (placeholder shells)', () => {
    const shell = { '@type': 'JobPosting', title: 'UNAVAILABLE', description: 'UNAVAILABLE' };
    const result = extractJobPostings([shell, posting('Real')], htmlToText);
    expect(result.map((p) => p.title)).toEqual(['Real']);
  });

  it('reads a plain-text description with its line breaks and entities', () => {
    const [result] = extractJobPostings(
      [posting('A', { description: 'Duties:\n- Share your story\n- Lead groups &amp; workshops' })],
      htmlToText,
    );
    expect(result?.sections[0]?.text).toBe('Duties:\n- Share your story\n- Lead groups & workshops');
  });

  it('reads a description that was HTML-escaped twice', () => {
    const [result] = extractJobPostings(
      [posting('A', { description: '&lt;p&gt;Share your story.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Lead groups&lt;/li&gt;&lt;/ul&gt;' })],
      htmlToText,
    );
    expect(result?.sections[0]?.text).toBe('Share your story.\n\n- Lead groups');
  });
});

describe('salaryText', () => {
  it('formats ranges, single values and units', () => {
    expect(salaryText({ currency: 'USD', value: { minValue: 21.5, maxValue: 24, unitText: 'HOUR' } })).toBe('$21.50–$24.00 per hour');
    expect(salaryText({ currency: 'USD', value: { value: 52000, unitText: 'YEAR' } })).toBe('$52,000 per year');
    expect(salaryText({ currency: 'USD', value: 18 })).toBe('$18');
    expect(salaryText({ currency: 'EUR', value: { minValue: '1900', maxValue: '2300', unitText: 'MONTH' } })).toBe(
      '€1,900–€2,300 per month',
    );
    expect(salaryText('$20/hour DOE')).toBe('$20/hour DOE');
  });

  it('returns nothing for an amount it cannot read', () => {
    expect(salaryText({ currency: 'USD', value: { unitText: 'HOUR' } })).toBe('');
    expect(salaryText({ currency: 'USD', value: '' })).toBe('');
    expect(salaryText(null)).toBe('');
  });

  it('keeps an unknown currency code as written', () => {
    expect(salaryText({ currency: 'XYZW', value: 10 })).toBe('XYZW 10');
  });
});
