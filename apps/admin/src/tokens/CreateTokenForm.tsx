import { zodResolver } from "@hookform/resolvers/zod";
import { createApiTokenInput } from "@petshop/api/schemas";
import { showServerErrors, TextField } from "@petshop/ui/forms";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";

type TokenInput = z.input<typeof createApiTokenInput>;
export type NewTokenValues = z.output<typeof createApiTokenInput>;

const DEFAULT_EXPIRY_DAYS = 90;

/**
 * The shared schema words only some of its rules; these say the rest in the form's terms. An empty
 * number field reaches zod as NaN, which its default message would call "expected number".
 */
const formMessages = {
  error: (issue: { path?: PropertyKey[] | undefined }) => {
    if (issue.path?.[0] === "expiresInDays") return "Enter a whole number of days from 1 to 365";
    if (issue.path?.[0] === "name") return "Use at most 100 characters";
    return undefined;
  },
};

/** Names a new token and how long it lives; `create` sends it, and throws what the server refused. */
export function CreateTokenForm({ create }: { create: (values: NewTokenValues) => Promise<unknown> }) {
  const form = useForm<TokenInput, unknown, NewTokenValues>({
    resolver: zodResolver(createApiTokenInput, formMessages),
    defaultValues: { name: "", expiresInDays: DEFAULT_EXPIRY_DAYS },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      // On success the notice replaces this form, and a fresh one (with defaults) comes back after it.
      await create(values);
    } catch (error) {
      showServerErrors(error, form.setError, ["name", "expiresInDays"]);
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="new-token-heading" className="flex flex-col gap-3">
      <h2 id="new-token-heading" className="text-base font-semibold">
        New token
      </h2>
      {errors.root?.server ? <ErrorAlert>{errors.root.server.message}</ErrorAlert> : null}
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          density="compact"
          label="Name"
          hint="What uses it, e.g. “nightly stock import”"
          autoComplete="off"
          maxLength={100}
          error={errors.name?.message}
          className="w-72"
          {...form.register("name")}
        />
        <TextField
          density="compact"
          label="Expires after (days)"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          autoComplete="off"
          error={errors.expiresInDays?.message}
          className="w-40"
          {...form.register("expiresInDays", { valueAsNumber: true })}
        />
        <button type="submit" disabled={isSubmitting} className={`${button.primary} mt-6`}>
          {isSubmitting ? "Creating…" : "Create token"}
        </button>
      </div>
    </form>
  );
}
