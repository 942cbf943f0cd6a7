import { useEffect, useState } from "react";

/**
 * How many of `total` items to render: `step` at first, `step` more in each following task, then
 * all of them from then on (later growth, like "Show more", shows at once). A long list's first
 * screen then paints after a short task, and the rest follows in tasks short enough not to hold up
 * a tap, where rendering it all at once blocked a slow phone for a few hundred milliseconds.
 */
export function useRevealInSteps(total: number, step: number): number {
  const [shown, setShown] = useState<number | "all">(step);
  useEffect(() => {
    if (shown === "all" || total === 0) return;
    if (shown >= total) {
      setShown("all");
      return;
    }
    const timer = setTimeout(() => setShown(shown + step));
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  return shown === "all" ? total : Math.min(shown, total);
}
