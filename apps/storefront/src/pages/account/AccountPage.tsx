import { useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { Navigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { ErrorState } from "../../components/ErrorState";
import { AccountTabs } from "./AccountTabs";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { ProfileForm } from "./ProfileForm";
import { SessionList } from "./SessionList";

/**
 * The signed-in customer's name, password and sessions, beside a tab for their orders; visitors
 * are sent to sign in first.
 */
export function AccountPage() {
  const trpc = useTRPC();
  const me = useQuery(trpc.users.me.queryOptions());

  if (me.isPending) return <AccountSkeleton />;
  if (me.isError) return <ErrorState title="We could not load your account." onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" search={{ redirect: "/account" }} replace />;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">Your account</h1>
        <p className="mt-1 break-words text-muted">Signed in as {me.data.email}</p>
      </div>
      <AccountTabs />
      <Section title="Your details">
        <ProfileForm account={me.data} />
      </Section>
      <Section title="Password">
        <ChangePasswordForm />
      </Section>
      <Section title="Where you are signed in">
        <SessionList />
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 className="mb-4 text-lg font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

function AccountSkeleton() {
  return (
    <section
      aria-busy="true"
      aria-label="Loading your account"
      className="mx-auto flex max-w-2xl flex-col gap-6"
    >
      <div className="h-9 w-1/2 animate-pulse rounded bg-stone-200" />
      <div className="h-48 animate-pulse rounded-2xl bg-stone-200" />
      <div className="h-72 animate-pulse rounded-2xl bg-stone-200" />
    </section>
  );
}
