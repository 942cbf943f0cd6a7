import { useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { AppShell } from "../components/AppShell";
import { ErrorAlert } from "../components/ErrorAlert";
import { CurrentUserProvider } from "./current-user";
import { LoginPage } from "./LoginPage";
import { canUseStaffApp } from "./roles";
import { StaffOnlyPage } from "./StaffOnlyPage";

/**
 * The root of every page: nothing of the app renders until users.me says a staff member is signed
 * in. Signed out, the sign-in form replaces the page at the same address, so after signing in the
 * person lands where they were going.
 */
export function SessionGate() {
  const trpc = useTRPC();
  const me = useQuery(trpc.users.me.queryOptions());

  if (me.data === undefined) {
    return (
      <main className="flex min-h-screen items-center justify-center px-4">
        {me.isError ? (
          <ErrorAlert>
            The staff app could not reach the server.{" "}
            <button type="button" className="font-medium underline" onClick={() => me.refetch()}>
              Try again
            </button>
          </ErrorAlert>
        ) : (
          <p role="status" className="text-sm text-muted">
            Loading…
          </p>
        )}
      </main>
    );
  }
  if (me.data === null) return <LoginPage />;
  if (!canUseStaffApp(me.data.role)) return <StaffOnlyPage user={me.data} />;
  return (
    <CurrentUserProvider value={me.data}>
      <AppShell />
    </CurrentUserProvider>
  );
}
