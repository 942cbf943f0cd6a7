import type { ReactNode } from "react";

interface AuthCardProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** Links to the neighbouring pages (sign in, create account), under the card. */
  footer?: ReactNode;
}

/** The narrow, centred card every sign-in page sits in. */
export function AuthCard({ title, intro, children, footer }: AuthCardProps) {
  return (
    <div className="mx-auto w-full max-w-md py-2 sm:py-6">
      <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-ink">{title}</h1>
        {intro ? <p className="mt-1 text-muted">{intro}</p> : null}
        <div className="mt-6">{children}</div>
      </div>
      {footer ? <p className="mt-4 text-center text-sm text-muted">{footer}</p> : null}
    </div>
  );
}

/** A link inside a sentence on these pages. */
export const textLink = "font-medium text-brand-700 underline-offset-2 hover:underline";
