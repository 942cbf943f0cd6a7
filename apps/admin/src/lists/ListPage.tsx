import { type ReactNode, useId } from "react";

interface ListPageProps {
  title: string;
  /** Said under the title: what the list is for. */
  intro?: ReactNode;
  /** Beside the title, e.g. a "New listing" link. */
  action?: ReactNode;
  children: ReactNode;
}

/** The frame of a staff list page: its heading (which names the page's region), then the list. */
export function ListPage({ title, intro, action, children }: ListPageProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 id={headingId} className="text-xl font-semibold">
            {title}
          </h1>
          {intro ? <p className="text-sm text-muted">{intro}</p> : null}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}

/** The row above a list: its filters on the left, how many were found (and more) on the right. */
export function ListToolbar({ children, summary }: { children: ReactNode; summary: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      {children}
      <div className="flex items-center gap-3">{summary}</div>
    </div>
  );
}
