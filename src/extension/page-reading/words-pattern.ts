// A list of words or phrases as one case-insensitive pattern of whole words ("per hour" matches
// "$20 per hour", not "super hourly").
export function wordsPattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'i');
}
