// One <script type="application/ld+json"> block's JSON, shared by the CLI (linkedom) and the
// extension's page reading (the real DOM). Pure: no DOM, no Node API.

/** Escapes raw control characters inside JSON strings, keeping line breaks as "\n". */
function escapeControlsInStrings(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i]!;
    if (inString && ch === '\\') {
      out += ch + (json[i + 1] ?? '');
      i++;
    } else if (ch === '"') {
      inString = !inString;
      out += ch;
    } else if (inString && ch < ' ') {
      out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Parse one JSON-LD block; broken blocks are common on real pages and are skipped. */
export function parseJsonLd(raw: string): unknown {
  const body = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(body);
  } catch {
    // Raw line breaks and tabs inside strings are invalid JSON but frequent in page templates.
    try {
      return JSON.parse(escapeControlsInStrings(body));
    } catch {
      return undefined;
    }
  }
}
