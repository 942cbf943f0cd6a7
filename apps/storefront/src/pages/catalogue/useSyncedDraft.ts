import { useState } from "react";

/**
 * A value the visitor is editing that starts from, and follows, a value held elsewhere (the URL).
 * When the outside value changes (Back, Clear filters) the draft is replaced, unless `agrees` says
 * the draft already stands for it: that is the visitor's own edit arriving in the URL, and
 * replacing it would, for example, eat the space they just typed.
 */
export function useSyncedDraft<T>(
  source: T,
  key: string,
  agrees: (draft: T) => boolean = () => false,
): [T, (draft: T) => void] {
  const [state, setState] = useState({ key, draft: source });
  let current = state;
  if (state.key !== key) {
    // Adjusting state while rendering (rather than in an effect) avoids a frame with the old draft.
    current = { key, draft: agrees(state.draft) ? state.draft : source };
    setState(current);
  }
  return [current.draft, (draft: T) => setState((prev) => ({ key: prev.key, draft }))];
}
