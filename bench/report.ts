// Plain-text formatting for the bench output: aligned tables and readable units.

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`;
}

export function rate(wordsPerSecond: number): string {
  if (!Number.isFinite(wordsPerSecond)) return '—';
  return wordsPerSecond >= 1e6 ? `${(wordsPerSecond / 1e6).toFixed(2)} M w/s` : `${Math.round(wordsPerSecond / 1000)} k w/s`;
}

export function bytes(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`;
}

export function int(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A table with a header row, columns padded to their widest cell (numbers right-aligned). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[\d.,—x×-]/.test(s) && !/^[a-z]/i.test(s);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i > 0 && numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function heading(title: string): string {
  return `\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`;
}
