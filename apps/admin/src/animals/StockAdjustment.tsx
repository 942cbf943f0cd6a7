import { zodResolver } from "@hookform/resolvers/zod";
import { adjustStockInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { apiErrorMessage, hasErrorCode, showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import type { StaffAnimal } from "./listing-form";
import { useStoreListing } from "./useListingCache";

const stockChangeSchema = adjustStockInput.pick({ delta: true, reason: true });
type StockChangeInput = z.input<typeof stockChangeSchema>;
type StockChange = z.output<typeof stockChangeSchema>;

/** An empty number field reaches zod as NaN, which its default message would call "expected number". */
const stockMessages = {
  error: (issue: { path?: PropertyKey[] | undefined }) =>
    issue.path?.[0] === "delta" ? "Enter a whole number from -100,000 to 100,000, like 5 or -2" : undefined,
};

/** Moves stock by a signed amount with a reason; the server refuses to go below zero. */
export function StockAdjustment({
  animal,
  onChanged,
}: {
  animal: StaffAnimal;
  onChanged: (animal: StaffAnimal) => void;
}) {
  const trpc = useTRPC();
  const storeListing = useStoreListing();
  const adjust = useMutation(trpc.animals.adjustStock.mutationOptions());
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<StockChangeInput, unknown, StockChange>({
    resolver: zodResolver(stockChangeSchema, stockMessages),
    defaultValues: { reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const delta = form.watch("delta");
  const after = Number.isInteger(delta) && delta !== 0 ? animal.stock + delta : null;

  const onSubmit = form.handleSubmit(async (values) => {
    setDone(null);
    try {
      const changed = await adjust.mutateAsync({ id: animal.id, ...values });
      storeListing(changed);
      onChanged(changed);
      form.reset({ reason: "" });
      setDone(`Stock is now ${changed.stock}.`);
    } catch (error) {
      // A refusal to go below zero is about the amount, so it sits under the amount.
      if (hasErrorCode(error, "CONFLICT")) {
        form.setError("delta", { type: "server", message: apiErrorMessage(error) });
      } else {
        showServerErrors(error, form.setError, ["delta", "reason"]);
      }
    }
  });

  return (
    <section aria-labelledby="stock-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="stock-heading" className="text-base font-semibold">
        Stock
      </h2>
      <p className="text-sm">
        In stock:{" "}
        <strong className={`tabular-nums ${animal.stock === 0 ? "text-red-700" : ""}`}>{animal.stock}</strong>
      </p>
      <form noValidate onSubmit={onSubmit} aria-label="Adjust stock" className="mt-3 flex flex-col gap-3">
        {errors.root?.server ? <ErrorAlert>{errors.root.server.message}</ErrorAlert> : null}
        <TextField
          density="compact"
          label="Change by"
          type="number"
          inputMode="numeric"
          step={1}
          autoComplete="off"
          hint={
            after === null
              ? "Positive to add, negative to take away"
              : after < 0
                ? `That is more than the ${animal.stock} in stock`
                : `${after} in stock after this change`
          }
          error={errors.delta?.message}
          {...form.register("delta", { valueAsNumber: true })}
        />
        <TextField
          density="compact"
          label="Reason"
          autoComplete="off"
          maxLength={200}
          hint="e.g. “New litter arrived” or “Sold in the shop”"
          error={errors.reason?.message}
          {...form.register("reason")}
        />
        <button type="submit" disabled={isSubmitting} className={`${button.secondary} self-start`}>
          {isSubmitting ? "Adjusting…" : "Adjust stock"}
        </button>
        <p role="status" className="text-sm text-green-800">
          {done}
        </p>
      </form>
    </section>
  );
}
