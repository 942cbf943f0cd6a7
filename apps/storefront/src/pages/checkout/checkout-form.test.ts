import { checkoutInput } from "@petshop/api/schemas";
import { describe, expect, it } from "vitest";
import { checkoutDefaults, checkoutForm } from "./checkout-form";

const account = { name: "Ann Murphy", email: "ann@example.com" };

describe("the checkout form's values", () => {
  it("become the checkout's input: empty optional boxes left out, pickup without an address", () => {
    const details = checkoutForm.parse(checkoutDefaults(account));
    expect(details).toEqual({
      contact: { name: "Ann Murphy", email: "ann@example.com" },
      fulfilment: { method: "pickup" },
    });
    const input = { ...details, idempotencyKey: crypto.randomUUID(), expectedTotalMinor: 95000 };
    expect(checkoutInput.safeParse(input).success).toBe(true);
  });

  it("are judged by the API's rules, under the API's field paths", () => {
    const values = checkoutDefaults(account);
    const result = checkoutForm.safeParse({
      ...values,
      contact: { ...values.contact, phone: "call me" },
      fulfilment: { method: "delivery", address: { ...values.fulfilment.address, country: "Ireland" } },
    });
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual([
      "contact.phone",
      "fulfilment.address.line1",
      "fulfilment.address.postalCode",
      "fulfilment.address.city",
      "fulfilment.address.country",
    ]);
  });
});
