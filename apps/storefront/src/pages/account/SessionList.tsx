import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { formatDateTime } from "@petshop/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorState } from "../../components/ErrorState";
import { FormError } from "../../components/form";
import { describeDevice } from "./device";

type Session = RouterOutputs["users"]["listSessions"][number];

/** Every browser signed in to this account, newest use first; any but this one can be signed out. */
export function SessionList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.users.listSessions.queryOptions());
  const revoke = useMutation(
    trpc.users.revokeSession.mutationOptions({
      // Also after a failure: NOT_FOUND means it was already gone, and the list should say so.
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.users.listSessions.queryKey() }),
    }),
  );
  const revokeFailed =
    revoke.error && revoke.error.data?.code !== "NOT_FOUND"
      ? revoke.error.data
        ? revoke.error.message
        : "We could not reach the shop. Please try again."
      : undefined;

  if (sessions.isPending) {
    return (
      <div role="status" aria-busy="true" aria-label="Loading sessions" className="flex flex-col gap-3">
        <div className="h-16 animate-pulse rounded-lg bg-stone-200" />
        <div className="h-16 animate-pulse rounded-lg bg-stone-200" />
      </div>
    );
  }
  if (sessions.isError) {
    return <ErrorState title="We could not load your sessions." onRetry={() => sessions.refetch()} />;
  }
  return (
    <div className="flex flex-col gap-3">
      <FormError message={revokeFailed} />
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {sessions.data.map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            signingOut={revoke.isPending && revoke.variables?.id === session.id}
            onSignOut={() => revoke.mutate({ id: session.id })}
          />
        ))}
      </ul>
    </div>
  );
}

interface SessionRowProps {
  session: Session;
  signingOut: boolean;
  onSignOut: () => void;
}

function SessionRow({ session, signingOut, onSignOut }: SessionRowProps) {
  const device = describeDevice(session.userAgent);
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
          <span title={session.userAgent ?? undefined}>{device}</span>
          {session.current ? (
            <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800">
              This device
            </span>
          ) : null}
        </p>
        <p className="mt-0.5 text-sm text-muted">
          {session.ipAddress ?? "Unknown address"} · Last used {formatDateTime(session.lastUsedAt)}
        </p>
      </div>
      {session.current ? null : (
        <button
          type="button"
          onClick={onSignOut}
          disabled={signingOut}
          className="shrink-0 self-start rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-ink hover:border-red-600 hover:text-red-700 disabled:cursor-not-allowed disabled:opacity-60 sm:self-auto"
        >
          {signingOut ? "Signing out…" : "Sign out"}
          <span className="sr-only"> {device}</span>
        </button>
      )}
    </li>
  );
}
