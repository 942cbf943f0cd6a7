import { zodResolver } from "@hookform/resolvers/zod";
import { orderNoteInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { showServerErrors, TextAreaField } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import { useOrderCache } from "./useOrderCache";

const noteSchema = orderNoteInput.pick({ text: true });
type NoteInput = z.input<typeof noteSchema>;
type Note = z.output<typeof noteSchema>;

/** A staff note on the order's timeline, checked by the API's own rules before it is sent. */
export function AddNoteForm({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const cache = useOrderCache();
  const addNote = useMutation(trpc.orders.addNote.mutationOptions());
  const form = useForm<NoteInput, unknown, Note>({
    resolver: zodResolver(noteSchema),
    defaultValues: { text: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const changed = await addNote.mutateAsync({ orderId, ...values });
      cache.store(changed);
      form.reset({ text: "" });
    } catch (error) {
      showServerErrors(error, form.setError, ["text"]);
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Add a note" className="flex flex-col gap-2">
      {errors.root?.server ? <ErrorAlert>{errors.root.server.message}</ErrorAlert> : null}
      <TextAreaField
        density="compact"
        label="Note"
        rows={3}
        maxLength={1000}
        hint="For staff only: customers never see notes."
        error={errors.text?.message}
        {...form.register("text")}
      />
      <button type="submit" disabled={isSubmitting} className={`${button.secondary} self-start`}>
        {isSubmitting ? "Adding…" : "Add note"}
      </button>
    </form>
  );
}
