// The messages between extension pages, the background worker and the content script.
// Everything that crosses into an extension page from a web page's process is validated with
// these schemas, because the content script runs next to code we do not control. The content
// script itself imports only the inferred types (`import type`), so zod stays out of pages.
import * as z from 'zod';
import { analyzeInputSchema, type structuredPostingSchema } from '../../core/input-schema.js';
import { severitySchema } from '../../core/severity-schema.js';

export { structuredPostingSchema } from '../../core/input-schema.js';

/** Where the text came from: JSON-LD, a board adapter, main content, an editor or the selection. */
export const readViaSchema = z.union([
  z.enum(['json-ld', 'main-content', 'editable', 'selection', 'none']),
  z.string().regex(/^board:[a-z0-9-]+$/),
]);

export const pageReadingSchema = z.object({
  via: readViaSchema,
  /** What to analyze: a structured posting, or plain text (an editor field, a selection). */
  input: analyzeInputSchema.nullable(),
  highlights: z.enum(['exact', 'approximate', 'unavailable']),
  /** True when the text came from a field the user can edit, so "apply" is offered. */
  editable: z.boolean(),
  note: z.string().optional(),
  title: z.string(),
  url: z.string(),
  /** How long the page was read, in how many slices, and the longest slice (ms). */
  timing: z.object({ ms: z.number(), slices: z.number(), longestSliceMs: z.number() }).optional(),
});

/** One finding under a mark: its own span (for "apply"), words, points and source. */
export const markReasonSchema = z.object({
  /** The finding's id in the report shown by the popup. */
  id: z.string().min(1),
  ruleId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  severity: severitySchema,
  message: z.string(),
  suggestions: z.array(z.string()),
  /** The suggestions replace the span (else they are sentences to add, or advice: copy only). */
  replaces: z.boolean(),
  points: z.number().nonnegative(),
  /** The first source, in words ("" when the finding has none). */
  source: z.string(),
  /** That source's public address, opened by the card's link in a new tab. */
  sourceUrl: z
    .string()
    .regex(/^https?:\/\//)
    .optional(),
});

/**
 * One mark to draw on the page; offsets are into `text` of the highlight request. Findings whose
 * spans overlap share one mark (one problem, one mark), listed most points first.
 */
export const markSchema = z.object({
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  severity: severitySchema,
  reasons: z.array(markReasonSchema).min(1),
});

export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('peerlens:ping') }),
  z.object({ type: z.literal('peerlens:read'), scope: z.enum(['page', 'selection']) }),
  /** `text` is the analyzed text the marks' offsets refer to. */
  z.object({ type: z.literal('peerlens:highlight'), text: z.string(), marks: z.array(markSchema) }),
  z.object({ type: z.literal('peerlens:focus'), id: z.string() }),
  z.object({ type: z.literal('peerlens:clear') }),
  /** `id` is a finding's id (a reason of a mark). */
  z.object({ type: z.literal('peerlens:apply'), id: z.string(), replacement: z.string() }),
]);

export const pongSchema = z.object({ ok: z.literal(true), version: z.number().int() });
export const highlightResultSchema = z.object({
  /** Ids of the marks drawn and of those that could not be. */
  placed: z.array(z.string()),
  missing: z.array(z.string()),
  /** Set when a severity had more findings than the page draws: only the first this many are drawn. */
  limited: z.number().int().positive().optional(),
  timing: z.object({ ms: z.number(), slices: z.number(), longestSliceMs: z.number() }).optional(),
});
export const focusResultSchema = z.object({ ok: z.boolean() });
export const applyResultSchema = z.object({
  outcome: z.enum(['applied', 'copied', 'failed']),
  message: z.string(),
});
export const errorResultSchema = z.object({ error: z.string() });

/** Messages the background worker accepts (from extension pages and content scripts). */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  /** The popup asks whether the context menu sent it to check the selection in this tab. */
  z.object({ type: z.literal('peerlens:take-selection-request'), tabId: z.number().int() }),
  /** A content script needs the editing script (editor.js) injected next to it, to apply a fix. */
  z.object({ type: z.literal('peerlens:load-editor') }),
  /** A content script read a textarea or text input and needs the overlay script (field-marks.js). */
  z.object({ type: z.literal('peerlens:load-field-marks') }),
  /** A content script drew marks and needs the keyboard list script (mark-list.js). */
  z.object({ type: z.literal('peerlens:load-mark-list') }),
  /** A content script opens a mark's card for the first time and needs the card script (finding-card.js). */
  z.object({ type: z.literal('peerlens:load-finding-card') }),
  /** The user dismissed a finding in the card on a page: remembered for that page's text. */
  z.object({ type: z.literal('peerlens:dismiss'), ruleId: z.string().min(1).max(200), text: z.string().max(2000) }),
  /** A content script saw a single-page-app navigation or an edit: the reading is stale. */
  z.object({ type: z.literal('peerlens:page-changed'), reason: z.enum(['navigation', 'edit']) }),
  /**
   * The popup asks for the report of a posting it read from the page at `url`, with the user's
   * settings and the findings dismissed there (only extension pages send this).
   */
  z.object({ type: z.literal('peerlens:analyze'), input: analyzeInputSchema, url: z.string().max(10_000) }),
]);
export const selectionRequestResultSchema = z.object({ selection: z.boolean(), text: z.string() });

export type Severity = z.infer<typeof severitySchema>;
export type StructuredPostingMessage = z.infer<typeof structuredPostingSchema>;
export type PageReadingMessage = z.infer<typeof pageReadingSchema>;
export type Mark = z.infer<typeof markSchema>;
export type MarkReason = z.infer<typeof markReasonSchema>;
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type HighlightResult = z.infer<typeof highlightResultSchema>;
export type FocusResult = z.infer<typeof focusResultSchema>;
export type ApplyResult = z.infer<typeof applyResultSchema>;
export type Pong = z.infer<typeof pongSchema>;
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
export type SelectionRequestResult = z.infer<typeof selectionRequestResultSchema>;

/** The response type for each content request, for the typed client. */
export interface ContentResponses {
  'peerlens:ping': Pong;
  'peerlens:read': PageReadingMessage;
  'peerlens:highlight': HighlightResult;
  'peerlens:focus': FocusResult;
  'peerlens:clear': FocusResult;
  'peerlens:apply': ApplyResult;
}

export const contentResponseSchemas: { [K in keyof ContentResponses]: z.ZodType<ContentResponses[K]> } = {
  'peerlens:ping': pongSchema,
  'peerlens:read': pageReadingSchema,
  'peerlens:highlight': highlightResultSchema,
  'peerlens:focus': focusResultSchema,
  'peerlens:clear': focusResultSchema,
  'peerlens:apply': applyResultSchema,
};
