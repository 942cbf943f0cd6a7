import { useTRPC } from "@petshop/client/react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CreateTokenForm } from "./CreateTokenForm";
import { NewTokenNotice } from "./NewTokenNotice";

/**
 * Creating a token, then showing it once. The secret lives only in this mutation's result: Done
 * resets it, and leaving the page drops it, so it is never shown a second time. Revoking the new
 * token from the list takes its notice away too: a dead secret is not worth copying.
 */
export function CreateToken() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.users.createApiToken.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.users.listApiTokens.queryFilter()),
    }),
  );

  const tokens = useQuery(trpc.users.listApiTokens.queryOptions());
  const created = create.data;
  // Only a list fetched after the token was made can say it is gone.
  const revoked =
    created !== undefined &&
    tokens.dataUpdatedAt > create.submittedAt &&
    !tokens.data?.some((token) => token.id === created.id);

  return created && !revoked ? (
    <NewTokenNotice name={created.name} token={created.token} onDone={() => create.reset()} />
  ) : (
    <CreateTokenForm create={create.mutateAsync} />
  );
}
