// The seeds' sample job descriptions, read from ../shared/seeds at test time (not copied).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SeedSample {
  id: string;
  file: string;
  from: number;
  to: number;
}

export const SEED_SAMPLES: SeedSample[] = [
  { id: 'wise-toolkit-supervisor', file: '000_1c80ca70d6a10fb8.txt', from: 2930, to: 3077 },
  { id: 'wise-employer-peer-partner', file: '004_274f77019d4e88d4.txt', from: 2229, to: 2357 },
  { id: 'samhsa-anytown-peer-advocate', file: '003_9b4540b346087b43.txt', from: 190, to: 238 },
  { id: 'peer-handbook-advocate', file: '001_4c3fe2fe65a456e6.txt', from: 1829, to: 1925 },
];

export function seedSampleText(s: SeedSample): string {
  const path = fileURLToPath(new URL(`../../../shared/seeds/${s.file}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(s.from - 1, s.to)
    .join('\n');
}
