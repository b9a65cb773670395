// "My postings" in browser.storage.local under its own key, read back through the schema. With
// keeping turned off, nothing is written, and turning it off deletes what was kept.
import type { Report } from '../../core/types.js';
import { EMPTY_KEPT_LIST, keptListSchema, keptPostingFrom, withPosting, type CheckedPage, type KeptList } from './kept-postings.js';
import { storedValue } from './stored-value.js';

const kept = storedValue<KeptList>('keptPostings', keptListSchema, EMPTY_KEPT_LIST);

export const loadKeptList = kept.load;
const saveKeptList = kept.save;
export const onKeptListChanged = kept.onChanged;

/** Keeps the posting when keeping is on and the check was of a posting; true when it was kept. */
export async function keepPosting(report: Report, page: CheckedPage): Promise<boolean> {
  const list = await loadKeptList();
  const posting = keptPostingFrom(report, page, new Date());
  if (!list.keep || !posting) return false;
  await saveKeptList({ ...list, postings: withPosting(list.postings, posting) });
  return true;
}

export async function clearKeptPostings(): Promise<void> {
  const list = await loadKeptList();
  await saveKeptList({ ...list, postings: [] });
}

export async function removeKeptPosting(address: string): Promise<void> {
  const list = await loadKeptList();
  await saveKeptList({ ...list, postings: list.postings.filter((p) => p.address !== address) });
}

/** Off also deletes the list: "off" means nothing of it stays on the device. */
export async function setKeeping(keep: boolean): Promise<KeptList> {
  const list = await loadKeptList();
  return saveKeptList({ keep, postings: keep ? list.postings : [] });
}
