import { zodResolver } from "@hookform/resolvers/zod";
import { loginInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { FormError, SubmitButton } from "../../components/form";
import { AuthCard, textLink } from "./AuthCard";
import { useAfterSignIn } from "./useAfterSignIn";

const route = getRouteApi("/login");

/** Email and password; then back to where the visitor was headed, or their account. */
export function LoginPage() {
  const { redirect } = route.useSearch();
  const trpc = useTRPC();
  const afterSignIn = useAfterSignIn(redirect);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(loginInput), defaultValues: { email: "", password: "" } });
  const login = useMutation(
    trpc.users.login.mutationOptions({
      onSuccess: afterSignIn,
      onError: (error) => showServerErrors(error, setError, ["email", "password"]),
    }),
  );

  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back to Paws & Fins."
      footer={
        <>
          New here?{" "}
          <Link to="/register" search={{ redirect }} className={textLink}>
            Create an account
          </Link>
        </>
      }
    >
      <form
        noValidate
        onSubmit={handleSubmit((values) => login.mutate(values))}
        className="flex flex-col gap-4"
      >
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...register("email")}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register("password")}
        />
        <Link to="/forgot-password" className={`self-start text-sm ${textLink}`}>
          Forgot your password?
        </Link>
        <FormError message={errors.root?.server?.message} />
        <SubmitButton pending={login.isPending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
