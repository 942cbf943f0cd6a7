import type { ReactNode } from "react";

/**
 * A table's box that scrolls sideways when the screen is narrower than the table. It is a named
 * region in the tab order, so a keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroller({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled by it.
    <section aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </section>
  );
}
