import { zodResolver } from "@hookform/resolvers/zod";
import { requestPasswordResetInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { FormError, SubmitButton } from "../../components/form";
import { AuthCard, textLink } from "./AuthCard";

/** Asks for a reset link. The answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(requestPasswordResetInput), defaultValues: { email: "" } });
  const requestReset = useMutation(
    trpc.users.requestPasswordReset.mutationOptions({
      onError: (error) => showServerErrors(error, setError, ["email"]),
    }),
  );
  const backToSignIn = (
    <Link to="/login" className={textLink}>
      Back to sign in
    </Link>
  );

  if (requestReset.data) {
    return (
      <AuthCard title="Check your email" footer={backToSignIn}>
        <p role="status" className="rounded-lg bg-brand-50 px-3 py-3 text-brand-800">
          {requestReset.data.message}
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter your email and we will send you a link to choose a new one."
      footer={backToSignIn}
    >
      <form
        noValidate
        onSubmit={handleSubmit((values) => requestReset.mutate(values))}
        className="flex flex-col gap-4"
      >
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...register("email")}
        />
        <FormError message={errors.root?.server?.message} />
        <SubmitButton pending={requestReset.isPending} pendingLabel="Sending…">
          Send reset link
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
