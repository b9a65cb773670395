// Plain-text rendering of an evaluation result for the terminal.
import type { Accuracy, Prf } from './metrics.js';
import type { EvalResult, ScoreBlock } from './evaluate.js';

const num = (value: number | null): string => (value === null ? '  n/a' : value.toFixed(3));

function prfRow(name: string, p: Prf): string {
  const counts = `tp ${p.tp}, fp ${p.fp}, found ${p.recalled}/${p.expected}`;
  return `  ${name.padEnd(22)} ${num(p.precision).padStart(9)} ${num(p.recall).padStart(7)} ${num(p.f1).padStart(7)}   ${counts}`;
}

function accRow(name: string, a: Accuracy): string {
  return `  ${name.padEnd(22)} ${num(a.accuracy)}  (${a.correct}/${a.total})`;
}

function listMisses(block: ScoreBlock): string[] {
  return block.misses.map(
    (m) => `  ${m.doc.padEnd(30)} ${m.family.padEnd(16)} ${m.quote ? JSON.stringify(m.quote) : `[${m.kind}]`}  — ${m.note}`,
  );
}

function listFalseAlarms(block: ScoreBlock): string[] {
  return block.falseAlarms.map(
    (f) =>
      `  ${f.doc.padEnd(30)} ${f.family.padEnd(16)} ${f.ruleId} (${f.severity}) ${f.text ? JSON.stringify(f.text) : '[missing-thing]'}${f.reason === 'must-not-flag' ? '  MUST NOT FLAG' : ''}`,
  );
}

export function formatReport(result: EvalResult, name = 'labeled documents'): string {
  const { peerlens, accuracy, alex } = result;
  const header = `  ${'family'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`;
  const lines = [
    `PeerLens evaluation on ${result.documents} ${name}`,
    '',
    header,
    prfRow('language', peerlens.families.language),
    prfRow('role', peerlens.families.role),
    prfRow('lived-experience', peerlens.families['lived-experience']),
    prfRow('overall', peerlens.families.overall),
  ];
  if (alex) {
    lines.push(
      '',
      'Language findings beside alex (same documents, plain text):',
      header,
      prfRow('PeerLens', peerlens.families.language),
      prfRow('alex (all messages)', alex.all.families.language),
      prfRow('alex (equality only)', alex.equalityOnly.families.language),
    );
  }
  lines.push(
    '',
    'Classification accuracy:',
    accRow('peer role detected', accuracy.isPeerRole),
    accRow('document kind', accuracy.documentKind),
    accRow('category', accuracy.category),
    accRow('lived-experience status', accuracy.livedExperience),
    accRow('lived-experience specific', accuracy.specific),
  );
  if (result.classificationMistakes.length > 0) {
    lines.push('', `Classification mistakes (${result.classificationMistakes.length}):`);
    for (const m of result.classificationMistakes) {
      lines.push(`  ${m.doc.padEnd(30)} ${m.field.padEnd(16)} expected ${m.expected}, got ${m.actual}`);
    }
  }
  lines.push('', `Misses (${peerlens.misses.length}):`, ...listMisses(peerlens));
  lines.push('', `False alarms (${peerlens.falseAlarms.length}):`, ...listFalseAlarms(peerlens));
  if (peerlens.unlocated.length > 0) {
    lines.push('', 'Label quotes not found in the analyzed text (reader or label problem):');
    for (const u of peerlens.unlocated) lines.push(`  ${u.doc.padEnd(30)} ${JSON.stringify(u.quote)}`);
  }
  return lines.join('\n');
}
