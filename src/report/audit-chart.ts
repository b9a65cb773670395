// The score distribution as an inline SVG bar chart: no script, no external assets, readable
// when printed. Bars are coloured by grade band; each has a <title> and the counts are also
// written above the bars, so nothing depends on hover or colour alone.
import type { ScoreBucket } from './audit-model.js';

const WIDTH = 640;
const HEIGHT = 220;
const TOP = 24;
const BOTTOM = 36;
const LEFT = 8;

function bandColor(from: number): string {
  if (from >= 90) return '#1a7f37';
  if (from >= 80) return '#4c9a2a';
  if (from >= 70) return '#b08800';
  if (from >= 60) return '#d1670b';
  return '#c62828';
}

const label = (b: ScoreBucket): string => `${b.from}–${b.to}`;

export function scoreChartSvg(buckets: readonly ScoreBucket[]): string {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = (WIDTH - 2 * LEFT) / buckets.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const bars = buckets.map((b, i) => {
    const h = b.count === 0 ? 0 : Math.max(2, Math.round((b.count / max) * plot));
    const x = Math.round(LEFT + i * slot + slot * 0.15);
    const w = Math.round(slot * 0.7);
    const y = TOP + plot - h;
    const cx = Math.round(LEFT + i * slot + slot / 2);
    const docs = `${b.count} document${b.count === 1 ? '' : 's'}`;
    return [
      `<g><title>Score ${label(b)}: ${docs}</title>`,
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${bandColor(b.from)}"/>`,
      `<text x="${cx}" y="${y - 6}" text-anchor="middle" class="count">${b.count}</text>`,
      `<text x="${cx}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle">${label(b)}</text></g>`,
    ].join('');
  });
  const described = buckets.map((b) => `${label(b)}: ${b.count}`).join(', ');
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc">`,
    '<title id="chart-title">Documents by score</title>',
    `<desc id="chart-desc">Number of documents in each score range: ${described}.</desc>`,
    `<line x1="${LEFT}" y1="${TOP + plot}" x2="${WIDTH - LEFT}" y2="${TOP + plot}" stroke="#888"/>`,
    ...bars,
    `<text x="${WIDTH / 2}" y="${HEIGHT - 4}" text-anchor="middle" class="axis">score</text>`,
    '</svg>',
  ].join('\n');
}
