import { useStillOnPage } from "@petshop/ui/app";
import { useEffect, useRef, useState } from "react";
import { useDebouncedValue } from "./useDebouncedValue";

export const SEARCH_DELAY_MS = 300;

/**
 * A search box bound to a URL value: typing reaches `commit` once it pauses, and a change of the
 * URL from elsewhere (a link, the back button) shows in the box. Remembering what was last
 * committed tells the two apart, so neither undoes the other. Words that settle after a row was
 * clicked, while its page loads, are dropped rather than pulling the user back to the list.
 */
export function useSearchBox(committed: string, commit: (term: string) => void) {
  const [text, setText] = useState(committed);
  const term = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const last = useRef(committed);
  const stillOnPage = useStillOnPage();

  useEffect(() => {
    if (committed === last.current) return;
    last.current = committed;
    setText(committed);
  }, [committed]);

  // Runs for a settled term only: `commit` is a new function at every render of the page, and a
  // new callback is no news.
  useEffect(() => {
    if (term === last.current || !stillOnPage()) return;
    last.current = term;
    commit(term);
  }, [term]);

  return { text, setText, pending: text.trim() !== committed };
}

/** A search box's state, for the SearchField that shows it. */
export type SearchBox = ReturnType<typeof useSearchBox>;
