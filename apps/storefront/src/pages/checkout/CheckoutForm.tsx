import { zodResolver } from "@hookform/resolvers/zod";
import type { CountryOption } from "@petshop/db/constants";
import { TextAreaField, TextField } from "@petshop/ui/forms";
import { type ReactNode, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { button } from "../../components/buttons";
import type { CartView } from "../../components/cart/useCart";
import { FormError } from "../../components/form";
import type { Account } from "../../components/SignedInOnly";
import { forgetCheckoutDraft, keepCheckoutDraft, readCheckoutDraft } from "./checkout-draft";
import { checkoutDefaults, checkoutForm } from "./checkout-form";
import { FulfilmentFields } from "./FulfilmentFields";
import { OrderReview } from "./OrderReview";
import { RefusalNotice } from "./RefusalNotice";
import { usePlaceOrder } from "./usePlaceOrder";

interface CheckoutFormProps {
  account: Account;
  /** Ready for checkout: every line can be bought. */
  cart: CartView;
  /** The countries the shop delivers to. */
  countries: readonly CountryOption[];
}

/** Contact, pickup or delivery, a note, and the order to confirm at its total. */
export function CheckoutForm({ account, cart, countries }: CheckoutFormProps) {
  // What the customer had typed before Back, Forward or a reload, else a fresh form; read once.
  const [initial] = useState(() =>
    readCheckoutDraft(account.id, checkoutDefaults(account, countries), countries),
  );
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(checkoutForm), defaultValues: initial });
  // Every change is kept, so Back, Forward or a reload finds the form as it was left.
  useEffect(() => {
    const subscription = watch((values) => keepCheckoutDraft(account.id, values));
    return () => subscription.unsubscribe();
  }, [watch, account.id]);
  const order = usePlaceOrder(setError, () => forgetCheckoutDraft(account.id));
  const conflict = order.refusal?.conflict;
  // The total the customer confirms is the one on screen: the cart's, or the new one the shop
  // answered with when prices changed meanwhile.
  const priceChanged = conflict?.reason === "price_changed" ? conflict : undefined;
  const totalMinor = priceChanged?.totalMinor ?? cart.subtotalMinor;
  const currency = priceChanged?.currency ?? cart.currency;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((details) => order.place(details, totalMinor))}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start"
    >
      <div className="flex flex-col gap-6">
        <Section title="Your details">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Name"
              autoComplete="name"
              className="sm:col-span-2"
              error={errors.contact?.name?.message}
              {...register("contact.name")}
            />
            <TextField
              label="Email"
              type="email"
              autoComplete="email"
              error={errors.contact?.email?.message}
              {...register("contact.email")}
            />
            <TextField
              label="Phone (optional)"
              type="tel"
              autoComplete="tel"
              hint="In case we need to reach you about your order."
              error={errors.contact?.phone?.message}
              {...register("contact.phone")}
            />
          </div>
        </Section>
        <FulfilmentFields
          register={register}
          errors={errors}
          method={watch("fulfilment.method")}
          countries={countries}
          country={watch("fulfilment.address.country")}
        />
        <Section title="A note for us">
          <TextAreaField
            label="Note (optional)"
            rows={3}
            hint="Anything we should know, like a time that suits you."
            error={errors.note?.message}
            {...register("note")}
          />
        </Section>
      </div>
      <aside className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 lg:sticky lg:top-6">
        <OrderReview cart={cart} totalMinor={totalMinor} currency={currency} />
        {order.refusal ? <RefusalNotice refusal={order.refusal} /> : null}
        <FormError message={errors.root?.server?.message} />
        <button
          type="submit"
          // Sent twice, it would still place one order (same key); but the customer should see it is on its way.
          disabled={order.pending || isSubmitting || conflict?.reason === "unavailable"}
          className={`${button.primary} w-full py-3`}
        >
          {order.pending
            ? "Placing your order…"
            : priceChanged
              ? "Confirm new total and place order"
              : "Place order"}
        </button>
      </aside>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 className="mb-4 text-lg font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}
