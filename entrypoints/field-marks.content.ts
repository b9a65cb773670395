// The overlay script: injected next to content.js only when the text read is in a textarea or a
// text input, so pages without one never carry it. It draws the marks over the field.
import { publishFieldMarksApi } from './content/field-marks-api';
import { FieldOverlay } from './content/field-overlay';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    publishFieldMarksApi({ create: (field) => new FieldOverlay(field) });
  },
});
