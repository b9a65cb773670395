// schema.org JobPosting in JSON-LD -> StructuredPosting. Pure: the caller parses the JSON and
// supplies the HTML-to-text function (linkedom in Node, the live DOM in the extension).
import type { PostingSection, StructuredPosting } from '../core/types.js';

export type HtmlToText = (html: string) => string;
type JsonObject = Record<string, unknown>;

const MAX_DEPTH = 10;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Job boards fill fields they lack with placeholders; those are absent, not text. */
function isPlaceholder(text: string): boolean {
  return /^(?:unavailable|n\/?a|null|undefined|none|-+)?$/i.test(text.trim());
}

function typeNames(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  // "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting"
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

export function isJobPosting(value: unknown): value is JsonObject {
  return isObject(value) && typeNames(value).includes('JobPosting');
}

/**
 * Every JobPosting object in parsed JSON-LD values, in document order: a top-level object,
 * arrays, `@graph`, `ItemList.itemListElement[].item`, `mainEntity` and any other nesting.
 */
export function findJobPostings(values: readonly unknown[]): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isObject(value)) {
      if (isJobPosting(value)) {
        found.push(value);
        return; // a posting's own properties hold no further postings
      }
      for (const child of Object.values(value)) visit(child, depth + 1);
    }
  };
  for (const value of values) visit(value, 0);
  return found;
}

/** Text of a property that may be a string, a list, or schema.org objects with name/description. */
function valueText(value: unknown, htmlToText: HtmlToText): string {
  if (typeof value === 'string') return isPlaceholder(value) ? '' : htmlToText(value).trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => valueText(v, htmlToText)).filter(Boolean);
    if (items.length <= 1) return items[0] ?? '';
    return items.map((item) => (item.includes('\n') ? item : `- ${item}`)).join('\n');
  }
  if (isObject(value)) return objectText(value, htmlToText);
  return '';
}

function objectText(node: JsonObject, htmlToText: HtmlToText): string {
  const parts: string[] = [];
  const months = Number(node['monthsOfExperience']);
  if (Number.isFinite(months) && months > 0) {
    parts.push(months % 12 === 0 ? `${months / 12} years of experience` : `${months} months of experience`);
  }
  for (const key of ['credentialCategory', 'name', 'description']) {
    const text = valueText(node[key], htmlToText);
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.join(': ');
}

const UNITS: Record<string, string> = {
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
};

/** Whole amounts without cents, unless another amount in the range has them. */
function money(amount: number, currency: string, cents: boolean): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    }).format(amount);
  } catch {
    return `${currency} ${amount}`.trim();
  }
}

/** "$21–$25 per hour" from a MonetaryAmount, a number or a string. */
export function salaryText(value: unknown): string {
  if (typeof value === 'string') return isPlaceholder(value) ? '' : value.trim();
  if (typeof value === 'number') return String(value);
  if (!isObject(value)) return '';
  const currency = typeof value['currency'] === 'string' ? value['currency'].trim() : '';
  const inner = isObject(value['value']) ? value['value'] : value;
  const num = (key: string): number | undefined => {
    const n = Number(inner[key]);
    return inner[key] !== undefined && inner[key] !== '' && Number.isFinite(n) ? n : undefined;
  };
  const bare = value['value'];
  const single = isObject(bare)
    ? num('value')
    : typeof bare === 'number'
      ? bare
      : typeof bare === 'string' && bare.trim() !== ''
        ? Number(bare)
        : undefined;
  const min = num('minValue');
  const max = num('maxValue');
  let amount = '';
  if (min !== undefined && max !== undefined && min !== max) {
    const cents = !Number.isInteger(min) || !Number.isInteger(max);
    amount = `${money(min, currency, cents)}–${money(max, currency, cents)}`;
  } else if (min !== undefined || max !== undefined) {
    const only = (min ?? max) as number;
    amount = money(only, currency, !Number.isInteger(only));
  } else if (single !== undefined && Number.isFinite(single)) {
    amount = money(single, currency, !Number.isInteger(single));
  }
  if (!amount) return '';
  const unit = typeof inner['unitText'] === 'string' ? inner['unitText'].trim().toUpperCase() : '';
  return unit ? `${amount} ${UNITS[unit] ?? `per ${unit.toLowerCase()}`}` : amount;
}

function organizationName(value: unknown): string | undefined {
  if (Array.isArray(value)) return organizationName(value[0]);
  if (typeof value === 'string') return isPlaceholder(value) ? undefined : value.trim();
  if (isObject(value) && typeof value['name'] === 'string' && !isPlaceholder(value['name'])) {
    return value['name'].trim();
  }
  return undefined;
}

/** Sections in the order a posting reads: description first, pay last. */
const SECTION_FIELDS: ReadonlyArray<[field: string, heading: string | undefined]> = [
  ['description', undefined],
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
];

export function jobPostingToStructured(node: JsonObject, htmlToText: HtmlToText): StructuredPosting {
  const sections: PostingSection[] = [];
  for (const [field, heading] of SECTION_FIELDS) {
    const text = valueText(node[field], htmlToText);
    if (text) sections.push(heading ? { heading, text } : { text });
  }
  const pay = salaryText(node['baseSalary']);
  if (pay) sections.push({ heading: 'Pay', text: pay });
  const benefits = valueText(node['jobBenefits'], htmlToText);
  if (benefits) sections.push({ heading: 'Benefits', text: benefits });
  const title = typeof node['title'] === 'string' && !isPlaceholder(node['title']) ? htmlToText(node['title']).trim() : undefined;
  const organization = organizationName(node['hiringOrganization']);
  return {
    kind: 'job-posting',
    ...(title ? { title } : {}),
    ...(organization ? { organization } : {}),
    sections,
  };
}

/** Structured postings found in JSON-LD values; postings with no text at all are skipped. */
export function extractJobPostings(values: readonly unknown[], htmlToText: HtmlToText): StructuredPosting[] {
  return findJobPostings(values)
    .map((node) => jobPostingToStructured(node, htmlToText))
    .filter((posting) => posting.sections.length > 0);
}
