import { BusyButton } from "@petshop/ui";
import { apiErrorMessage } from "@petshop/ui/forms";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import type { SignedInUser } from "./current-user";
import { useSignOut } from "./useSignOut";

/** For a customer who signed in here: say plainly that this app is not for them, and offer the way out. */
export function StaffOnlyPage({ user }: { user: SignedInUser }) {
  const signOut = useSignOut();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold text-brand-800">Paws &amp; Fins · Staff</p>
        <h1 className="mt-1 text-xl font-semibold">Staff only</h1>
        <p className="mt-2 text-sm">
          You are signed in as <strong>{user.email}</strong>, a customer account. This account cannot use the
          staff app.
        </p>
        {signOut.isError ? <ErrorAlert className="mt-3">{apiErrorMessage(signOut.error)}</ErrorAlert> : null}
        <div className="mt-5 flex flex-wrap gap-2">
          <BusyButton
            busy={signOut.isPending}
            busyLabel="Signing out…"
            className={button.primary}
            onClick={() => signOut.mutate()}
          >
            Sign out
          </BusyButton>
          <a href="/" className={button.secondary}>
            Go to the shop
          </a>
        </div>
      </div>
    </main>
  );
}
