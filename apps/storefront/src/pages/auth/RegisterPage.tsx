import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH, registerInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { FormError, SubmitButton } from "../../components/form";
import { AuthCard, textLink } from "./AuthCard";
import { useAfterSignIn } from "./useAfterSignIn";

const route = getRouteApi("/register");

/** A new customer account; the server signs it in at once. */
export function RegisterPage() {
  const { redirect } = route.useSearch();
  const trpc = useTRPC();
  const afterSignIn = useAfterSignIn(redirect);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(registerInput),
    defaultValues: { name: "", email: "", password: "" },
  });
  const createAccount = useMutation(
    trpc.users.register.mutationOptions({
      onSuccess: afterSignIn,
      onError: (error) => showServerErrors(error, setError, ["name", "email", "password"]),
    }),
  );

  return (
    <AuthCard
      title="Create an account"
      intro="Keep track of your orders and the pets you have your eye on."
      footer={
        <>
          Already have an account?{" "}
          <Link to="/login" search={{ redirect }} className={textLink}>
            Sign in
          </Link>
        </>
      }
    >
      <form
        noValidate
        onSubmit={handleSubmit((values) => createAccount.mutate(values))}
        className="flex flex-col gap-4"
      >
        <TextField label="Name" autoComplete="name" error={errors.name?.message} {...register("name")} />
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
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={errors.password?.message}
          {...register("password")}
        />
        <FormError message={errors.root?.server?.message} />
        <SubmitButton pending={createAccount.isPending} pendingLabel="Creating your account…">
          Create account
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
