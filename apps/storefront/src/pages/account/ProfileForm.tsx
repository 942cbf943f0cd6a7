import { zodResolver } from "@hookform/resolvers/zod";
import { updateProfileInput } from "@petshop/api/schemas";
import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess, SubmitButton } from "../../components/form";

type Account = NonNullable<RouterOutputs["users"]["me"]>;

/** The customer's name, as the shop greets them and writes it on orders. */
export function ProfileForm({ account }: { account: Account }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm({ resolver: zodResolver(updateProfileInput), defaultValues: { name: account.name } });
  const update = useMutation(
    trpc.users.updateProfile.mutationOptions({
      onSuccess: (updated) => {
        // The answer is the account itself, so the header shows the new name without asking again.
        queryClient.setQueryData(trpc.users.me.queryKey(), updated);
        reset({ name: updated.name });
      },
      onError: (error) => showServerErrors(error, setError, ["name"]),
    }),
  );

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => update.mutate(values))}
      className="flex flex-col gap-4"
    >
      <TextField label="Name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <FormError message={errors.root?.server?.message} />
      <FormSuccess message={update.isSuccess && !isDirty ? "Your name has been saved." : undefined} />
      <SubmitButton pending={update.isPending} pendingLabel="Saving…">
        Save name
      </SubmitButton>
    </form>
  );
}
