// "Do I qualify?": what the posting asks of an applicant (the kind of lived experience, age,
// certification, education, background check, driving, a fixed time in recovery), each with how
// it is asked and whether the rulebook counts it as a hiring barrier (a barrier finding on it).
import { describesTheJob } from '../rules/agency-sections.js';
import { askedBySentence } from '../rules/lived-experience.js';
import { runPatternRules } from '../rules/pattern-rule-runner.js';
import type { QualificationItem } from '../types.js';
import { blockingBarriers, type SeekerInput } from './seeker-input.js';

const MAX_WORDS = 200;
/** The lived-experience item's id; the others are their lexicon entry's. */
export const LIVED_EXPERIENCE_ITEM = 'qualification-lived-experience';

export function qualificationsFor(input: SeekerInput): QualificationItem[] {
  const { doc, lex, reading, livedExperience } = input;
  const items: QualificationItem[] = [];
  if (reading && livedExperience.status !== 'absent') {
    const types = [...reading.types];
    // Mental health and substance use both asked for read as the general peer's words, once
    // (with the general kinds, homelessness or the justice system, they say the same).
    const both = types.includes('adult-mental-health') && types.includes('substance-use-recovery');
    const general = (t: (typeof types)[number]) => t === 'adult-mental-health' || t === 'substance-use-recovery' || t === 'general-peer';
    const kinds = both ? ['general-peer' as const, ...types.filter((t) => !general(t))] : types;
    const words = kinds.map((t) => lex.lexicons.jobSeeker.experienceWords[t]).join(', or ');
    items.push({
      id: LIVED_EXPERIENCE_ITEM,
      item: words ? `Lived experience ${words}` : 'Lived experience (the kind is not named)',
      status: livedExperience.status,
      barrier: false,
      text: livedExperience.evidence[0] ?? '',
      kinds: types,
    });
  }
  const flagged = new Set(blockingBarriers(input).map((f) => f.ruleId));
  // Per item, the first match the posting asks for (required or preferred), else its first
  // mention: "support youth ages 16 to 24" names the people served, "must be 18 to 25" the applicant.
  const best = new Map<number, { sentence: number; status: QualificationItem['status'] }>();
  for (const m of runPatternRules(doc, lex, lex.qualifications, { skipLiteral: false, sentenceFilter: describesTheJob(doc, lex) })) {
    const held = best.get(m.entry);
    if (held && held.status !== 'mentioned') continue;
    const status = statusOf(input, m.sentence);
    if (!held || status !== 'mentioned') best.set(m.entry, { sentence: m.sentence, status });
  }
  // An item the barrier rules found (a fixed "two years clean") is read from that finding's sentence.
  lex.qualifications.entries.forEach((entry, index) => {
    if (best.has(index)) return;
    const finding = input.findings.find((f) => entry.barrierRules.includes(f.ruleId) && f.end > f.start && f.end <= doc.text.length);
    if (!finding) return;
    const sentence = doc.structure.sentenceOf[doc.tokenRange(finding.start, finding.end)[0]];
    if (sentence !== undefined) best.set(index, { sentence, status: statusOf(input, sentence) });
  });
  for (const [index, { sentence, status }] of [...best].sort((a, b) => a[0] - b[0])) {
    const entry = lex.qualifications.entries[index]!;
    if (entry.onlyWhenAsked && status === 'mentioned') continue;
    items.push({
      id: entry.id,
      item: entry.item,
      status,
      barrier: entry.barrierRules.some((id) => flagged.has(id)),
      text: doc.sentenceText(sentence).replace(/\s+/g, ' ').trim().slice(0, MAX_WORDS),
    });
  }
  return items;
}

/** Preferred or required by the words of its sentence, else by the heading it sits under. */
function statusOf({ doc, lex, reading }: SeekerInput, sentence: number): QualificationItem['status'] {
  return askedBySentence(doc, lex, sentence, reading?.headingKinds ?? []) ?? 'mentioned';
}
