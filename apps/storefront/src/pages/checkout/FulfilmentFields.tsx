import { type CountryOption, type Fulfilment, postalCodeExample } from "@petshop/db/constants";
import { SelectField, TextField } from "@petshop/ui/forms";
import { useId } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { PickupPoint } from "../../components/PickupPoint";
import type { CheckoutFormValues } from "./checkout-form";

interface FulfilmentFieldsProps {
  register: UseFormRegister<CheckoutFormValues>;
  errors: FieldErrors<CheckoutFormValues>;
  method: Fulfilment;
  /** The countries the shop delivers to, the only ones offered. */
  countries: readonly CountryOption[];
  /** The country chosen, whose postal codes the example shows. */
  country: string;
}

const METHODS: readonly { method: Fulfilment; title: string; description: string }[] = [
  {
    method: "pickup",
    title: "Pick up at the shop",
    description: "Collect your pet in person, and we go through its care with you.",
  },
  {
    method: "delivery",
    title: "Delivery",
    description: "We bring your order to an address of your choice.",
  },
];

/**
 * Pickup or delivery; the address is asked for only for delivery, the country first, since the
 * postal code is judged by it.
 */
export function FulfilmentFields({ register, errors, method, countries, country }: FulfilmentFieldsProps) {
  const address = errors.fulfilment?.address;
  const example = postalCodeExample(country);
  return (
    <fieldset className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
      {/* Floated, so the legend sits inside the card as its title rather than on its border. */}
      <legend className="float-left mb-4 w-full text-lg font-semibold text-ink">Pickup or delivery</legend>
      <div className="clear-both grid gap-3 sm:grid-cols-2">
        {METHODS.map((option) => (
          <MethodOption key={option.method} {...option} register={register} />
        ))}
      </div>
      {method === "pickup" ? (
        <div className="mt-4 text-sm text-muted">
          <PickupPoint />
        </div>
      ) : null}
      {errors.fulfilment?.method?.message ? (
        <p className="mt-2 text-sm font-medium text-red-700">{errors.fulfilment.method.message}</p>
      ) : null}
      {method === "delivery" ? (
        <div className="mt-5 grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Country"
            autoComplete="country"
            className="sm:col-span-2"
            options={countries.map(({ code, name }) => ({ value: code, label: name }))}
            error={address?.country?.message}
            {...register("fulfilment.address.country")}
          />
          <TextField
            label="Street address"
            autoComplete="address-line1"
            className="sm:col-span-2"
            error={address?.line1?.message}
            {...register("fulfilment.address.line1")}
          />
          <TextField
            label="Address line 2 (optional)"
            autoComplete="address-line2"
            className="sm:col-span-2"
            error={address?.line2?.message}
            {...register("fulfilment.address.line2")}
          />
          <TextField
            label="Postal code"
            autoComplete="postal-code"
            hint={example ? `Like ${example}.` : undefined}
            error={address?.postalCode?.message}
            {...register("fulfilment.address.postalCode")}
          />
          <TextField
            label="City"
            autoComplete="address-level2"
            error={address?.city?.message}
            {...register("fulfilment.address.city")}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

interface MethodOptionProps {
  method: Fulfilment;
  title: string;
  description: string;
  register: UseFormRegister<CheckoutFormValues>;
}

/** One choice as a card; the label stretches over the card, so a click anywhere on it chooses. */
function MethodOption({ method, title, description, register }: MethodOptionProps) {
  const id = useId();
  return (
    <div className="relative flex items-start gap-3 rounded-xl border border-stone-300 p-4 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600">
      <input
        id={id}
        type="radio"
        value={method}
        aria-describedby={`${id}-description`}
        className="mt-1 size-4 shrink-0 accent-brand-700 focus-visible:outline-none"
        {...register("fulfilment.method")}
      />
      <div>
        <label
          htmlFor={id}
          className="font-medium text-ink after:absolute after:inset-0 after:cursor-pointer"
        >
          {title}
        </label>
        <p id={`${id}-description`} className="text-sm text-muted">
          {description}
        </p>
      </div>
    </div>
  );
}
