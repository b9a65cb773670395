// The posting a set of answers describes, as headed sections in the order of the job
// description template: what the role is for, reporting and the team, core responsibilities,
// knowledge and skills, minimum qualifications (lived experience first), pay and growth, how to
// apply. The formats (text, Markdown, HTML) are written from this one outline. A draft still
// being written (the builder page checks it as it grows) leaves blank answers out.
import type { DraftAnswers } from './answers.js';

export interface OutlineSection {
  heading: string;
  paragraphs: string[];
  items: string[];
}

export interface PostingOutline {
  title: string;
  organization: string;
  sections: OutlineSection[];
}

/** A sentence ends with its punctuation, whatever the editor typed; blank stays blank. */
function sentence(text: string | undefined): string {
  const t = (text ?? '').trim();
  if (!t) return '';
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

function money(amount: number): string {
  const whole = Number.isInteger(amount);
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: whole && amount >= 1000 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/** "$21.00 to $24.50 per hour.", or "" while the range is not filled in. */
export function payLine(pay: DraftAnswers['pay']): string {
  if (!(pay.from > 0) || !(pay.to > 0)) return '';
  const range = pay.from === pay.to ? money(pay.from) : `${money(pay.from)} to ${money(pay.to)}`;
  return `${range} per ${pay.per}.`;
}

const filled = (parts: string[]): string[] => parts.filter((p) => p.trim() !== '');

export function postingOutline(a: DraftAnswers): PostingOutline {
  const reportsTo = a.reportsTo.trim().replace(/[.]$/, '');
  const reporting = filled([reportsTo ? `This position reports to ${reportsTo}.` : '', sentence(a.supervision)]).join(' ');
  const team = Number.isInteger(a.peerCount) && a.peerCount > 1 ? `You will be one of ${a.peerCount} peer staff on the team.` : '';
  const sections: OutlineSection[] = [
    {
      heading: 'About the position',
      paragraphs: filled([sentence(a.summary), reporting, filled([team, sentence(a.team)]).join(' ')]),
      items: [],
    },
    { heading: 'What you will do', paragraphs: [], items: filled(a.responsibilities.map((r) => sentence(r.text))) },
    { heading: 'Knowledge and skills', paragraphs: [], items: filled(a.knowledge.map((k) => k.trim())) },
    {
      heading: 'Minimum qualifications',
      paragraphs: [],
      items: filled([a.livedExperience, a.willingnessToShare, a.certification, ...a.otherQualifications].map(sentence)),
    },
    { heading: 'Pay and career growth', paragraphs: filled([filled([payLine(a.pay), sentence(a.careerLadder)]).join(' ')]), items: [] },
    { heading: 'How to apply', paragraphs: filled([sentence(a.howToApply)]), items: [] },
  ];
  return {
    title: a.title.trim(),
    organization: a.organization.trim(),
    sections: sections.filter((s) => s.paragraphs.length + s.items.length > 0),
  };
}
