import { zodResolver } from "@hookform/resolvers/zod";
import { ANIMAL_SEXES, SPECIES } from "@petshop/db/constants";
import { SEX_LABELS, SPECIES_LABELS } from "@petshop/ui";
import { SelectField, showServerErrors, TextAreaField, TextField } from "@petshop/ui/forms";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import {
  LISTING_FIELDS,
  type ListingFormInput,
  type ListingFormValues,
  listingFormMessages,
  listingFormSchema,
} from "./listing-form";

const speciesOptions = SPECIES.map((value) => ({ value, label: SPECIES_LABELS[value] }));
const sexOptions = ANIMAL_SEXES.map((value) => ({ value, label: SEX_LABELS[value] }));

interface ListingFormProps {
  defaultValues: ListingFormInput;
  currency: string;
  /** Only a new listing sets its stock here; afterwards stock moves by adjustments. */
  withStock: boolean;
  submitLabel: string;
  /** Sends the listing; throws what the server refused, which the form shows where it belongs. */
  onSave: (values: ListingFormValues) => Promise<void>;
  /** Above the fields: e.g. why saving is not possible right now. */
  notice?: ReactNode;
  saveDisabled?: boolean;
}

/** A listing's details, checked by the API's own rules before anything is sent. */
export function ListingForm({
  defaultValues,
  currency,
  withStock,
  submitLabel,
  onSave,
  notice,
  saveDisabled = false,
}: ListingFormProps) {
  const form = useForm<ListingFormInput, unknown, ListingFormValues>({
    resolver: zodResolver(listingFormSchema, listingFormMessages),
    defaultValues,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await onSave(values);
    } catch (error) {
      showServerErrors(error, form.setError, LISTING_FIELDS);
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Listing details" className="flex flex-col gap-4">
      {notice}
      {errors.root?.server ? <ErrorAlert>{errors.root.server.message}</ErrorAlert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          density="compact"
          label="Name"
          autoComplete="off"
          maxLength={120}
          error={errors.name?.message}
          {...form.register("name")}
        />
        <TextField
          density="compact"
          label="Breed"
          autoComplete="off"
          maxLength={120}
          error={errors.breed?.message}
          {...form.register("breed")}
        />
        <SelectField
          density="compact"
          label="Species"
          options={speciesOptions}
          error={errors.species?.message}
          {...form.register("species")}
        />
        <SelectField
          density="compact"
          label="Sex"
          options={sexOptions}
          error={errors.sex?.message}
          {...form.register("sex")}
        />
        <TextField
          density="compact"
          label="Birth date"
          type="date"
          error={errors.birthDate?.message}
          {...form.register("birthDate")}
        />
        <TextField
          density="compact"
          label={`Price (${currency})`}
          inputMode="decimal"
          autoComplete="off"
          hint="e.g. 1199.50"
          error={errors.price?.message}
          {...form.register("price")}
        />
        {withStock ? (
          <TextField
            density="compact"
            label="Stock"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            hint="A puppy is 1; a tank of neon tetras may be 40"
            error={errors.stock?.message}
            {...form.register("stock", { valueAsNumber: true })}
          />
        ) : null}
      </div>
      <TextAreaField
        density="compact"
        label="Description"
        rows={6}
        maxLength={5000}
        error={errors.description?.message}
        {...form.register("description")}
      />
      <button
        type="submit"
        disabled={isSubmitting || saveDisabled}
        className={`${button.primary} self-start`}
      >
        {isSubmitting ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
