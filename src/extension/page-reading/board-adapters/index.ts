// Every board adapter, and the one for a page's address.
import type { BoardAdapter } from '../types.js';
import { calcareers } from './calcareers.js';
import { governmentjobs } from './governmentjobs.js';
import { greenhouse } from './greenhouse.js';
import { idealist } from './idealist.js';
import { indeed } from './indeed.js';
import { lever } from './lever.js';
import { linkedin } from './linkedin.js';
import { usajobs } from './usajobs.js';
import { workday } from './workday.js';

export const boardAdapters: readonly BoardAdapter[] = [
  indeed,
  linkedin,
  usajobs,
  governmentjobs,
  calcareers,
  idealist,
  greenhouse,
  lever,
  workday,
];

/** The adapter for the page's address, else the one whose markup the page carries. */
export function adapterFor(url: URL | null, doc: Document): BoardAdapter | undefined {
  return (url && boardAdapters.find((adapter) => adapter.matches(url))) || boardAdapters.find((adapter) => adapter.recognizes(doc));
}
