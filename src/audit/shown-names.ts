// Documents renamed from the path they were read at to the name reports show (see
// AuditTarget.shown): the report, an error row and its message never carry an absolute path.
import type { AuditDocument } from '../report/audit-model.js';

function replaceAll(text: string, from: string, to: string): string {
  return from === to ? text : text.split(from).join(to);
}

export function shownAs(documents: readonly AuditDocument[], shown: ReadonlyMap<string, string>): AuditDocument[] {
  return documents.map((d) => {
    if (d.kind === 'error') {
      const name = shown.get(d.source);
      return name === undefined ? d : { ...d, source: name, message: replaceAll(d.message, d.source, name) };
    }
    const source = d.report.source;
    const name = source === undefined ? undefined : shown.get(source);
    return name === undefined ? d : { ...d, report: { ...d.report, source: name } };
  });
}
