// The posting a set of answers describes, as headed sections in the order of the job
// description template: what the role is for, reporting and the team, core responsibilities,
// knowledge and skills, minimum qualifications (lived experience first), pay and growth, how to
// apply. The formats (text, Markdown, HTML) are written from this one outline.
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

/** A sentence ends with its punctuation, whatever the editor typed. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

function money(amount: number): string {
  const whole = Number.isInteger(amount);
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: whole && amount >= 1000 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

export function payLine(pay: DraftAnswers['pay']): string {
  const range = pay.from === pay.to ? money(pay.from) : `${money(pay.from)} to ${money(pay.to)}`;
  return `${range} per ${pay.per}.`;
}

export function postingOutline(a: DraftAnswers): PostingOutline {
  const team = [`You will be one of ${a.peerCount} peer staff on the team.`, ...(a.team?.trim() ? [sentence(a.team)] : [])].join(' ');
  return {
    title: a.title.trim(),
    organization: a.organization.trim(),
    sections: [
      { heading: 'About the position', paragraphs: [sentence(a.summary), `This position reports to ${a.reportsTo.trim().replace(/[.]$/, '')}. ${sentence(a.supervision)}`, team], items: [] },
      { heading: 'What you will do', paragraphs: [], items: a.responsibilities.map((r) => sentence(r.text)) },
      { heading: 'Knowledge and skills', paragraphs: [], items: a.knowledge.map((k) => k.trim()) },
      {
        heading: 'Minimum qualifications',
        paragraphs: [],
        items: [a.livedExperience, a.willingnessToShare, a.certification, ...a.otherQualifications].map(sentence),
      },
      { heading: 'Pay and career growth', paragraphs: [`${payLine(a.pay)} ${sentence(a.careerLadder)}`], items: [] },
      { heading: 'How to apply', paragraphs: [sentence(a.howToApply)], items: [] },
    ],
  };
}
