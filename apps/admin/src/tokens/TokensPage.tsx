import { useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { ListPage } from "../lists/ListPage";
import { ListTable } from "../lists/ListTable";
import { CreateToken } from "./CreateToken";
import { TOKEN_COLUMNS, TokenRow } from "./TokenRow";

/** Staff manage the tokens their scripts (imports, reports) use to call the API as them. */
export function TokensPage() {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.users.listApiTokens.queryOptions());
  // One clock reading per render, so every row judges "expired" against the same moment.
  const now = Date.now();

  return (
    <ListPage
      title="API tokens"
      intro={
        <>
          A script sends a token as <code>Authorization: Bearer …</code> and acts as you, with your role.
        </>
      }
    >
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <CreateToken />
      </div>
      <ListTable
        caption="Your API tokens"
        columns={TOKEN_COLUMNS}
        query={tokens}
        rows={tokens.data ?? []}
        row={(token) => <TokenRow key={token.id} token={token} now={now} />}
        loading="Loading tokens…"
        empty="You have no API tokens."
        failed="Your tokens could not be loaded."
      />
    </ListPage>
  );
}
