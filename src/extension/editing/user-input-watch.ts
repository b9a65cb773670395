// Notices the user typing, pasting or dropping into the page while a suggestion is being
// applied, so the ladder stops instead of taking (or undoing) the user's own edit as its own.
// Only trusted events count: the ladder's own synthetic events are never trusted.

export interface UserInputWatch {
  /** True once the user has done something that can change text. */
  readonly acted: boolean;
  stop(): void;
}

const USER_EDIT_EVENTS = ['keydown', 'compositionstart', 'paste', 'cut', 'drop'] as const;

export function watchUserInput(doc: Document): UserInputWatch {
  let acted = false;
  const onEvent = (event: Event): void => {
    if (event.isTrusted) acted = true;
  };
  for (const type of USER_EDIT_EVENTS) doc.addEventListener(type, onEvent, { capture: true, passive: true });
  return {
    get acted() {
      return acted;
    },
    stop() {
      for (const type of USER_EDIT_EVENTS) doc.removeEventListener(type, onEvent, { capture: true });
    },
  };
}
