import { BusyButton } from "@petshop/ui";
import { SkipLink, usePageTitleAndFocus } from "@petshop/ui/app";
import { Link, Outlet } from "@tanstack/react-router";
import { useCurrentUser } from "../auth/current-user";
import { ROLE_LABELS } from "../auth/roles";
import { useRecheckSessionOnUnauthorized } from "../auth/useRecheckSessionOnUnauthorized";
import { useSignOut } from "../auth/useSignOut";

// Link joins className with the active or inactive class, so the colours live only in the latter two.
const navLink = "whitespace-nowrap rounded px-2 py-1 text-sm hover:bg-brand-700 hover:text-white";
const activeNavLink = { className: "bg-brand-700 text-white" };
const inactiveNavLink = { className: "text-brand-100" };

/** The signed-in frame: navigation for the person's role, who they are, and the way out. */
export function AppShell() {
  usePageTitleAndFocus("Staff · Paws & Fins");
  const user = useCurrentUser();
  const signOut = useSignOut();
  useRecheckSessionOnUnauthorized();

  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <p className="font-semibold">Paws &amp; Fins · Staff</p>
          <nav aria-label="Staff sections" className="flex flex-wrap items-center gap-1">
            <Link
              to="/"
              // The dashboard's range lives in its URL; only the index itself is the dashboard.
              activeOptions={{ exact: true, includeSearch: false }}
              className={navLink}
              activeProps={activeNavLink}
              inactiveProps={inactiveNavLink}
            >
              Dashboard
            </Link>
            <Link
              to="/inventory"
              // Filters live in the inventory's URL; it is still the inventory whatever they are.
              activeOptions={{ includeSearch: false }}
              className={navLink}
              activeProps={activeNavLink}
              inactiveProps={inactiveNavLink}
            >
              Inventory
            </Link>
            <Link
              to="/orders"
              // Likewise for the orders' filters; an order's own page counts as Orders too.
              activeOptions={{ includeSearch: false }}
              className={navLink}
              activeProps={activeNavLink}
              inactiveProps={inactiveNavLink}
            >
              Orders
            </Link>
            <Link
              to="/tokens"
              className={navLink}
              activeProps={activeNavLink}
              inactiveProps={inactiveNavLink}
            >
              API tokens
            </Link>
            {user.role === "admin" ? (
              <Link
                to="/users"
                className={navLink}
                activeProps={activeNavLink}
                inactiveProps={inactiveNavLink}
              >
                Users
              </Link>
            ) : null}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <p>
              <span className="font-medium">{user.name}</span>
              <span className="text-brand-100"> · {ROLE_LABELS[user.role]}</span>
            </p>
            {signOut.isError ? (
              <p role="alert" className="text-xs text-red-100">
                Sign-out failed; try again.
              </p>
            ) : null}
            <BusyButton
              busy={signOut.isPending}
              busyLabel="Signing out…"
              onClick={() => signOut.mutate()}
              className="rounded border border-brand-100/40 px-2 py-1 text-sm hover:bg-brand-700 disabled:opacity-60"
            >
              Sign out
            </BusyButton>
            <a href="/" className="text-brand-100 hover:text-white hover:underline">
              Open the shop
            </a>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}
