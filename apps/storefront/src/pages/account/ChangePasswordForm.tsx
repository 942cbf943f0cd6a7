import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordInput, PASSWORD_MIN_LENGTH } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormError, FormSuccess, SubmitButton } from "../../components/form";

const changePasswordForm = changePasswordInput
  .extend({ confirmPassword: z.string() })
  .refine((values) => values.newPassword === values.confirmPassword, {
    error: "The passwords do not match",
    path: ["confirmPassword"],
  });

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** A new password, given the current one. The server signs out every other session. */
export function ChangePasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm({ resolver: zodResolver(changePasswordForm), defaultValues: EMPTY });
  const change = useMutation(
    trpc.users.changePassword.mutationOptions({
      onSuccess: () => {
        reset(EMPTY);
        return queryClient.invalidateQueries({ queryKey: trpc.users.listSessions.queryKey() });
      },
      onError: (error) => showServerErrors(error, setError, ["currentPassword", "newPassword"]),
    }),
  );

  return (
    <form
      noValidate
      onSubmit={handleSubmit(({ currentPassword, newPassword }) =>
        change.mutate({ currentPassword, newPassword }),
      )}
      className="flex flex-col gap-4"
    >
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <FormError message={errors.root?.server?.message} />
      <FormSuccess
        message={
          change.isSuccess && !isDirty
            ? "Your password has been changed. Other devices have been signed out."
            : undefined
        }
      />
      <SubmitButton pending={change.isPending} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
