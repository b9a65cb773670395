// The card script: injected next to content.js when the user first opens a mark's card (a click
// on a mark, the keyboard, or the list in the popup), so pages where no card is opened never
// carry it. It draws the card.
import { publishFindingCardApi } from './content/finding-card-api';
import { FindingCard } from './content/finding-card';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    publishFindingCardApi({ create: () => new FindingCard() });
  },
});
