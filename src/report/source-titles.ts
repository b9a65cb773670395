// Titles of the sources findings cite (lexicons/sources.json), for reports handed to people
// who have never seen the ids.
import sourcesFile from '../../lexicons/sources.json';

interface SourceEntry {
  id: string;
  title?: string;
  file?: string;
}

const entries = (sourcesFile as { sources?: SourceEntry[] }).sources ?? [];
const titles = new Map(entries.map((s) => [s.id, s.title ?? s.id]));

export function sourceTitle(id: string): string | undefined {
  return titles.get(id);
}
