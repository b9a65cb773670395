// The plain-words name of each answer: the label of its field and its name in the page's "next to
// fill in" line.
const FIELD_LABELS: Record<string, string> = {
  category: 'Kind of peer role',
  organization: 'Organization',
  title: 'Title',
  population: 'People served',
  summary: 'What the role is for',
  reportsTo: 'Reports to',
  supervision: 'Supervision',
  peerCount: 'Peers on the team',
  team: 'About the team',
  responsibilities: 'Core responsibilities',
  knowledge: 'Knowledge and skills',
  livedExperience: 'Lived experience required',
  willingnessToShare: 'Willingness to share',
  certification: 'Certification path',
  otherQualifications: 'Other qualifications',
  pay: 'Pay range',
  careerLadder: 'Career ladder',
  howToApply: 'How to apply',
};

/** "Core responsibilities, item 3" for "responsibilities[2].text". */
export function fieldLabel(field: string): string {
  const m = /^([a-zA-Z]+)(?:\[(\d+)\])?(?:\.([a-z]+))?/.exec(field);
  if (!m) return field;
  const base = FIELD_LABELS[m[1]!] ?? m[1]!;
  if (m[2] !== undefined) return `${base}, item ${Number(m[2]) + 1}`;
  if (m[1] === 'pay' && m[3]) return `${base} (${m[3] === 'from' ? 'from' : m[3] === 'to' ? 'to' : 'per'})`;
  return base;
}
