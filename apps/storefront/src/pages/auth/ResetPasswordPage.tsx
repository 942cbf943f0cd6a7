import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH, resetPasswordInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormError, SubmitButton } from "../../components/form";
import { AuthCard, textLink } from "./AuthCard";

// The token comes from the URL, so the form holds only what the person types.
const resetPasswordForm = resetPasswordInput
  .pick({ newPassword: true })
  .extend({ confirmPassword: z.string() })
  .refine((values) => values.newPassword === values.confirmPassword, {
    error: "The passwords do not match",
    path: ["confirmPassword"],
  });

const route = getRouteApi("/reset-password");

const askAgain = (
  <Link to="/forgot-password" className={textLink}>
    Ask for a new link
  </Link>
);

/** Chooses a new password with the mailed token; every session of the account ends. */
export function ResetPasswordPage() {
  const { token } = route.useSearch();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(resetPasswordForm),
    defaultValues: { newPassword: "", confirmPassword: "" },
  });
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      // This browser's own session ended too, if it had one, and with it the account's cart.
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.users.me.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }),
        ]),
      onError: (error) => showServerErrors(error, setError, ["newPassword"]),
    }),
  );

  if (reset.isSuccess) {
    return (
      <AuthCard title="Password changed">
        <p role="status" className="text-ink">
          Password changed, please sign in.
        </p>
        <Link
          to="/login"
          className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
        >
          Sign in
        </Link>
      </AuthCard>
    );
  }
  // A mangled or truncated link: say so before someone types a new password twice for nothing.
  if (!token || !resetPasswordInput.shape.token.safeParse(token).success) {
    return (
      <AuthCard title="This link does not work" footer={askAgain}>
        <p className="text-ink">
          This reset link is not valid. Links work once and only for a while; ask for a new one.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" footer={<>Link expired? {askAgain}</>}>
      <form
        noValidate
        onSubmit={handleSubmit(({ newPassword }) => reset.mutate({ token, newPassword }))}
        className="flex flex-col gap-4"
      >
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
        <SubmitButton pending={reset.isPending} pendingLabel="Saving…">
          Change password
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
