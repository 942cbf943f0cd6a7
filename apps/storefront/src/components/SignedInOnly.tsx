import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { Navigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { ErrorState } from "./ErrorState";

export type Account = NonNullable<RouterOutputs["users"]["me"]>;

interface SignedInOnlyProps {
  /** Where to come back to after signing in. */
  redirect: string;
  /** Shown while we ask who is signed in; the page's own skeleton, so nothing jumps. */
  loading: ReactNode;
  children: (account: Account) => ReactNode;
}

/**
 * A page for signed-in customers: visitors are sent to sign in and back. Children render only once
 * someone is signed in, so their own queries never ask the server as nobody (and never get a 401).
 */
export function SignedInOnly({ redirect, loading, children }: SignedInOnlyProps) {
  const trpc = useTRPC();
  const me = useQuery(trpc.users.me.queryOptions());
  if (me.isPending) return loading;
  if (me.isError) return <ErrorState title="We could not load your account." onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" search={{ redirect }} replace />;
  return children(me.data);
}
