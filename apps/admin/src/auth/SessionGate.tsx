import { useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { AppShell } from "../components/AppShell";
import { ErrorAlert } from "../components/ErrorAlert";
import { CurrentUserProvider } from "./current-user";
import { canUseStaffApp } from "./roles";

// The sign-in form (react-hook-form and zod) loads only for someone signed out, and the page that
// turns customers away only for them: staff who are signed in never download either.
const LoginPage = lazy(() => import("./LoginPage").then((module) => ({ default: module.LoginPage })));
const StaffOnlyPage = lazy(() =>
  import("./StaffOnlyPage").then((module) => ({ default: module.StaffOnlyPage })),
);

/** The whole screen, centred: where the gate says it is waiting, and the sign-in card goes. */
function GateScreen({ children }: { children: ReactNode }) {
  return <main className="flex min-h-screen items-center justify-center px-4">{children}</main>;
}

function GateLoading() {
  return (
    <GateScreen>
      <p role="status" className="text-sm text-muted">
        Loading…
      </p>
    </GateScreen>
  );
}

/**
 * The root of every page: nothing of the app renders until users.me says a staff member is signed
 * in. Signed out, the sign-in form replaces the page at the same address, so after signing in the
 * person lands where they were going.
 */
export function SessionGate() {
  const trpc = useTRPC();
  const me = useQuery(trpc.users.me.queryOptions());

  if (me.data === undefined) {
    if (!me.isError) return <GateLoading />;
    return (
      <GateScreen>
        <ErrorAlert>
          The staff app could not reach the server.{" "}
          <button type="button" className="font-medium underline" onClick={() => me.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      </GateScreen>
    );
  }
  if (me.data === null || !canUseStaffApp(me.data.role)) {
    // Still "Loading…" while their code arrives, so the screen goes straight to the form or notice.
    return (
      <Suspense fallback={<GateLoading />}>
        {me.data === null ? <LoginPage /> : <StaffOnlyPage user={me.data} />}
      </Suspense>
    );
  }
  return (
    <CurrentUserProvider value={me.data}>
      <AppShell />
    </CurrentUserProvider>
  );
}
