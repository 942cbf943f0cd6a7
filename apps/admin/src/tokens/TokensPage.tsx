import { useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../components/ErrorAlert";
import { CreateToken } from "./CreateToken";
import { TOKEN_COLUMNS, TokenRow } from "./TokenRow";

/** Staff manage the tokens their scripts (imports, reports) use to call the API as them. */
export function TokensPage() {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.users.listApiTokens.queryOptions());
  // One clock reading per render, so every row judges "expired" against the same moment.
  const now = Date.now();

  return (
    <section aria-labelledby="tokens-heading" className="flex flex-col gap-4">
      <div>
        <h1 id="tokens-heading" className="text-xl font-semibold">
          API tokens
        </h1>
        <p className="text-sm text-muted">
          A script sends a token as <code>Authorization: Bearer …</code> and acts as you, with your role.
        </p>
      </div>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <CreateToken />
      </div>
      {tokens.isError && !tokens.data ? (
        <ErrorAlert>
          Your tokens could not be loaded.{" "}
          <button type="button" className="font-medium underline" onClick={() => tokens.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your API tokens</caption>
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Created
                </th>
                <th scope="col" className="px-3 py-2">
                  Expires
                </th>
                <th scope="col" className="px-3 py-2">
                  Last used
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {tokens.isPending ? (
                <tr>
                  <td colSpan={TOKEN_COLUMNS} className="px-3 py-6 text-center text-muted">
                    Loading tokens…
                  </td>
                </tr>
              ) : tokens.data.length === 0 ? (
                <tr>
                  <td colSpan={TOKEN_COLUMNS} className="px-3 py-6 text-center text-muted">
                    You have no API tokens.
                  </td>
                </tr>
              ) : (
                tokens.data.map((token) => <TokenRow key={token.id} token={token} now={now} />)
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
