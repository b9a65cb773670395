// What the tests do inside a fixture page, shared by the Chromium and Firefox suites. Plain
// functions with no outside references, so Playwright and puppeteer can both run them.

/** Selects the paragraph containing `needle`, as a user would; returns its text. */
export function selectParagraphInPage(needle: string): string {
  const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(needle));
  if (!p) throw new Error(`no paragraph with "${needle}"`);
  const range = document.createRange();
  range.selectNodeContents(p);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return p.textContent ?? '';
}

/** The single-page app (boards/spa.html) routes to another job: new address, same document. */
export function routeToAnotherJobInPage(): void {
  history.pushState({}, '', `${location.pathname}?job=BH-3322`);
  const view = document.querySelector('[data-rc="job-view"]')!;
  view.querySelector('h1')!.textContent = 'Recovery Coach – Outpatient Behavioral Health';
  const duties = view.querySelectorAll('ul')[0]!;
  duties.replaceChildren(
    ...['Offer one-on-one recovery coaching to addicts leaving detox.', 'Help people write their own recovery plans.'].map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
}
