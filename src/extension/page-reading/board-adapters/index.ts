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
  indeed, linkedin, usajobs, governmentjobs, calcareers, idealist, greenhouse, lever, workday,
];

export function adapterFor(url: URL): BoardAdapter | undefined {
  return boardAdapters.find((adapter) => adapter.matches(url));
}
