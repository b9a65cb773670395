// A Vite plugin for the extension builds: the document every extension page shares. A page's
// index.html holds only what is its own (its title, the manifest keys WXT reads from its meta
// tags, its entry script); the build wraps it in one shell: English, UTF-8, sized to the device,
// and the #app element its Preact app renders into. WXT reads the title and the meta tags from
// the page's own file, so they stay there.
import type { Plugin } from 'vite';

/** The whole document around a page's own head elements. */
export function pageShell(own: string): string {
  if (/<(!doctype|html|head|body)[\s>]/i.test(own)) {
    throw new Error('An extension page holds only its own title, meta tags and script; the build adds the rest of the document.');
  }
  const head = own
    .trim()
    .split('\n')
    .map((line) => `    ${line.trim()}`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
${head}
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;
}

export function extensionPageShell(): Plugin {
  return {
    name: 'peerlens:extension-page-shell',
    // Before WXT's own HTML step, which adds its script to the page's head.
    enforce: 'pre',
    transformIndexHtml: { order: 'pre', handler: (own) => pageShell(own) },
  };
}
