// Files every extension build carries for the stores: the licence, and the privacy policy as a
// page of the extension (privacy.html, linked from the options page). The page is PRIVACY.md
// rendered at build time, so the policy in the repository and in the browser are the same text;
// it is static HTML with no script, styled by public/privacy.css.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { marked } from 'marked';

export interface GeneratedFile {
  relativeDest: string;
  contents: string;
}

export const PRIVACY_PAGE = 'privacy.html';

export function privacyPageHtml(markdown: string): string {
  const body = marked.parse(markdown, { async: false, gfm: true });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>PeerLens privacy policy</title>
    <link rel="stylesheet" href="/privacy.css" />
  </head>
  <body>
    <main class="page">
${body}    </main>
  </body>
</html>
`;
}

export function storeFiles(root: string): GeneratedFile[] {
  return [
    { relativeDest: 'LICENSE.txt', contents: readFileSync(resolve(root, 'LICENSE'), 'utf8') },
    { relativeDest: PRIVACY_PAGE, contents: privacyPageHtml(readFileSync(resolve(root, 'PRIVACY.md'), 'utf8')) },
  ];
}
