// The keyboard list script: injected next to content.js once marks are drawn, so pages that are
// never checked do not carry it. It lets the keyboard reach the marks (Tab from the field,
// Alt+Shift+Down and Up from anywhere).
import { publishMarkListApi } from './content/mark-list-api';
import { MarkList } from './content/mark-list';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    publishMarkListApi({ attach: (source) => new MarkList(source) });
  },
});
