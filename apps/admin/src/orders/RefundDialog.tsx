import { zodResolver } from "@hookform/resolvers/zod";
import { formatPrice } from "@petshop/ui";
import { DismissButton, ModalDialog } from "@petshop/ui/dialogs";
import { TextField } from "@petshop/ui/forms";
import { useId, useMemo } from "react";
import { useForm } from "react-hook-form";
import { button } from "../components/buttons";
import { CheckboxField } from "../components/CheckboxField";
import { ErrorAlert } from "../components/ErrorAlert";
import { PROVIDER_LABELS } from "./payment-words";
import { RefundScopeChoice } from "./RefundScopeChoice";
import { RefundWarning } from "./RefundWarning";
import {
  NEW_REFUND,
  type RefundFormInput,
  type RefundFormValues,
  refundRules,
  showRefundErrors,
} from "./refund-form";
import type { Refundable } from "./refundable";
import type { StaffOrder } from "./staff-order";

interface RefundDialogProps {
  order: StaffOrder;
  refundable: Refundable;
  /** Sends the refund; throws what the server refused, which the dialog shows where it belongs. */
  onRefund: (values: RefundFormValues) => Promise<void>;
  /** Keep payment, Escape, or any other way the dialog closes without refunding. */
  onClose: () => void;
}

/**
 * How much to give back and why. The dialog is its own confirmation: its button names the sum, and
 * the warning above the button says what else happens and that it cannot be undone.
 */
export function RefundDialog({ order, refundable, onRefund, onClose }: RefundDialogProps) {
  const warningId = useId();
  const { attempt, spentMinor, leftMinor } = refundable;
  const price = (minor: number) => formatPrice(minor, attempt.currency);
  const rules = useMemo(() => refundRules(leftMinor, attempt.currency), [leftMinor, attempt.currency]);
  const form = useForm<RefundFormInput, unknown, RefundFormValues>({
    resolver: zodResolver(rules.form),
    defaultValues: NEW_REFUND,
  });
  const { errors, isSubmitting } = form.formState;
  const [scope, amount, restock] = form.watch(["scope", "amount", "restock"]);
  /** The sum the button names; unknown while a partial amount is not a valid one. */
  const sum = scope === "full" ? leftMinor : rules.amount.safeParse(amount).data;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await onRefund(values);
    } catch (error) {
      showRefundErrors(error, form.setError);
    }
  });

  return (
    <ModalDialog
      title={`Refund order #${order.number}?`}
      describedBy={warningId}
      density="compact"
      onClose={onClose}
      // Escape mid-request would take away the place where a refusal is shown.
      busy={isSubmitting}
    >
      <p className="mt-1 text-sm text-muted">
        Paid {price(attempt.amountMinor)} through {PROVIDER_LABELS[attempt.provider]}
        {spentMinor > 0 ? `; ${price(spentMinor)} refunded or on its way` : ""}. Left to refund:{" "}
        <strong className="text-ink tabular-nums">{price(leftMinor)}</strong>.
      </p>
      <form noValidate onSubmit={onSubmit} aria-label="Refund" className="mt-3 flex flex-col gap-3">
        {errors.root?.server ? <ErrorAlert>{errors.root.server.message}</ErrorAlert> : null}
        <RefundScopeChoice
          left={price(leftMinor)}
          // Restocking is for full refunds only, so a partial one clears it.
          field={form.register("scope", {
            onChange: () => {
              if (form.getValues("scope") === "partial") form.setValue("restock", false);
            },
          })}
        />
        {scope === "partial" ? (
          <TextField
            density="compact"
            label={`Amount (${attempt.currency})`}
            inputMode="decimal"
            autoComplete="off"
            hint={`At most ${price(leftMinor)}; all of it refunds the order in full.`}
            error={errors.amount?.message}
            {...form.register("amount")}
          />
        ) : null}
        <TextField
          density="compact"
          label="Reason for the refund"
          autoComplete="off"
          maxLength={500}
          hint="Kept with the refund, e.g. “Puppy returned after the vet check”"
          error={errors.reason?.message}
          {...form.register("reason")}
        />
        <CheckboxField
          label="Put the animals back on sale"
          disabled={scope === "partial"}
          hint={
            scope === "partial"
              ? "Only with a full refund."
              : "Their stock goes back up at once, e.g. when they came back to the shop."
          }
          error={errors.restock?.message}
          {...form.register("restock")}
        />
        <RefundWarning
          id={warningId}
          order={order}
          sum={sum}
          full={sum === leftMinor}
          restock={restock === true}
        />
        <div className="flex justify-end gap-2">
          {/* No autofocus: the dialog opens on its first question. A stray Enter refunds nothing
              until a reason is typed, and by then the warning and the button name the sum. */}
          <DismissButton disabled={isSubmitting}>Keep payment</DismissButton>
          <button type="submit" disabled={isSubmitting} className={button.danger}>
            {isSubmitting ? "Refunding…" : sum === undefined ? "Refund" : `Refund ${price(sum)}`}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
