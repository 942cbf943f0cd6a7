import type { ReactNode } from "react";

/** A failure the person must notice: announced at once by screen readers. */
export function ErrorAlert({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <p
      role="alert"
      className={`rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900 ${className}`}
    >
      {children}
    </p>
  );
}
