import { type ReactNode, useId } from "react";

interface PanelProps {
  title: string;
  /** Beside the title: a control or a note on what the panel covers. */
  aside?: ReactNode;
  /** Set while newer figures load over the old ones. */
  busy?: boolean;
  className?: string;
  children: ReactNode;
}

/** One of the dashboard's boxes: a titled region, so screen readers can list and jump to them. */
export function Panel({ title, aside, busy = false, className = "", children }: PanelProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={busy}
      className={`flex min-w-0 flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 ${className}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
