import { checkoutInput } from "@petshop/api/schemas";
import { describe, expect, it } from "vitest";
import { checkoutDefaults, checkoutForm } from "./checkout-form";

const account = { name: "Ann Murphy", email: "ann@example.com" };
const countries = [
  { code: "IE", name: "Ireland" },
  { code: "GB", name: "United Kingdom" },
];

describe("the checkout form's values", () => {
  it("become the checkout's input: empty optional boxes left out, pickup without an address", () => {
    const details = checkoutForm.parse(checkoutDefaults(account, countries));
    expect(details).toEqual({
      contact: { name: "Ann Murphy", email: "ann@example.com" },
      fulfilment: { method: "pickup" },
    });
    const input = { ...details, idempotencyKey: crypto.randomUUID(), expectedTotalMinor: 95000 };
    expect(checkoutInput.safeParse(input).success).toBe(true);
  });

  it("start a delivery in the shop's first country", () => {
    expect(checkoutDefaults(account, countries).fulfilment.address.country).toBe("IE");
  });

  it("are judged by the API's rules, under the API's field paths", () => {
    const values = checkoutDefaults(account, countries);
    const result = checkoutForm.safeParse({
      ...values,
      contact: { ...values.contact, phone: "call me" },
      fulfilment: {
        method: "delivery",
        address: { line1: "x", line2: "", postalCode: "!!!", city: "1", country: "IE" },
      },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["contact.phone", "Give a phone number of digits, spaces and an optional +."],
      ["fulfilment.address.line1", "Give the street address in full, like 1 Main Street."],
      ["fulfilment.address.city", "Give the name of the city or town."],
      ["fulfilment.address.postalCode", "Give a postal code like A65 F4E2."],
    ]);
  });

  it("hand over the postal code as the country writes it", () => {
    const values = checkoutDefaults(account, countries);
    const details = checkoutForm.parse({
      ...values,
      fulfilment: {
        method: "delivery",
        address: {
          line1: "10 Downing Street",
          line2: "",
          postalCode: "sw1a2aa",
          city: "London",
          country: "GB",
        },
      },
    });
    expect(details.fulfilment).toEqual({
      method: "delivery",
      address: { line1: "10 Downing Street", postalCode: "SW1A 2AA", city: "London", country: "GB" },
    });
  });
});
