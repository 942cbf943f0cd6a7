import { zodResolver } from "@hookform/resolvers/zod";
import { loginInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";

type LoginValues = z.input<typeof loginInput>;

/** Staff sign in here; the gate shows it whenever nobody is signed in, at whatever address. */
export function LoginPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const login = useMutation(
    trpc.users.login.mutationOptions({
      // Waiting for users.me keeps the button busy until the app is ready to replace this page.
      onSuccess: () => queryClient.invalidateQueries(trpc.users.me.queryFilter()),
    }),
  );
  const form = useForm<LoginValues, unknown, z.output<typeof loginInput>>({
    resolver: zodResolver(loginInput),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await login.mutateAsync(values);
    } catch (error) {
      showServerErrors(error, form.setError, ["email", "password"]);
    }
  });

  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold text-brand-800">Paws &amp; Fins · Staff</p>
        <h1 className="mt-1 text-xl font-semibold">Sign in</h1>
        <form noValidate onSubmit={onSubmit} className="mt-4 flex flex-col gap-3">
          {errors.root?.server ? <ErrorAlert>{errors.root.server.message}</ErrorAlert> : null}
          <TextField
            density="compact"
            label="Email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            error={errors.email?.message}
            {...form.register("email")}
          />
          <TextField
            density="compact"
            label="Password"
            type="password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...form.register("password")}
          />
          <button type="submit" disabled={isSubmitting} className={`${button.primary} mt-1`}>
            {isSubmitting ? "Signing in…" : "Sign in"}
          </button>
        </form>
        <a href="/" className="mt-4 block text-sm text-brand-700 hover:underline">
          Back to the shop
        </a>
      </div>
    </main>
  );
}
