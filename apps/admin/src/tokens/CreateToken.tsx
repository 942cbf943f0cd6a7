import { useTRPC } from "@petshop/client/react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CreateTokenForm } from "./CreateTokenForm";
import { NewTokenNotice } from "./NewTokenNotice";

/**
 * Creating a token, then showing it once. The secret lives only in this mutation's result: Done
 * resets it, and leaving the page drops it, so it is never shown a second time.
 */
export function CreateToken() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.users.createApiToken.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.users.listApiTokens.queryFilter()),
    }),
  );

  return create.data ? (
    <NewTokenNotice name={create.data.name} token={create.data.token} onDone={() => create.reset()} />
  ) : (
    <CreateTokenForm create={create.mutateAsync} />
  );
}
