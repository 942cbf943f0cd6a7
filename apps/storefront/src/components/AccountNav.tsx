import { useTRPC } from "@petshop/client/react";
import { BusyButton } from "@petshop/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { button } from "./buttons";

const quietLink = "rounded-lg px-2 py-1.5 font-medium text-ink hover:text-brand-700";

/** The header's right-hand side: sign in or create an account, or the customer's name and sign out. */
export function AccountNav() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(trpc.users.me.queryOptions());
  const finish = async () => {
    // Leave first: on a signed-in page, refetching while it is still shown would bounce to /login.
    await navigate({ to: "/", search: {} });
    // Forget everything the account could see, not just `users.me`; what is on screen loads afresh.
    await queryClient.resetQueries();
  };
  const logout = useMutation(
    trpc.users.logout.mutationOptions({
      onSuccess: finish,
      // Already signed out on the server (expired, revoked elsewhere): this browser just catches up.
      onError: (error) => (error.data?.code === "UNAUTHORIZED" ? finish() : undefined),
    }),
  );

  // Same footprint while we ask, so the header does not jump.
  if (me.isPending) return <div aria-hidden="true" className="h-9 w-40" />;
  return (
    <nav aria-label="Account" className="flex items-center gap-1 text-sm sm:gap-2">
      {me.data ? (
        <>
          <Link to="/account" className={`${quietLink} max-w-[7rem] truncate sm:max-w-[11rem]`}>
            {me.data.name}
          </Link>
          <BusyButton
            busy={logout.isPending}
            busyLabel="Signing out…"
            onClick={() => logout.mutate()}
            className={button.quiet}
          >
            Sign out
          </BusyButton>
          {logout.isError && logout.error.data?.code !== "UNAUTHORIZED" ? (
            <span role="alert" className="sr-only">
              We could not sign you out. Please try again.
            </span>
          ) : null}
        </>
      ) : (
        <>
          <Link to="/login" search={{}} className={quietLink}>
            Sign in
          </Link>
          <Link
            to="/register"
            search={{}}
            className="rounded-lg bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
          >
            Create account
          </Link>
        </>
      )}
    </nav>
  );
}
