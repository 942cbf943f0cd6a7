import { describe, expect, it } from "vitest";
import { deliveryAddressInput } from "./address-input";
import { checkoutInput } from "./schemas";

const good = { line1: "1 Harbour Road", postalCode: "D02 X285", city: "Dublin 2", country: "IE" };

/** Each refused field with its first message, as the form shows them. */
function refusals(address: unknown): Record<string, string> {
  const result = deliveryAddressInput.safeParse(address);
  const found: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) found[issue.path.join(".")] ??= issue.message;
  return found;
}

describe("a delivery address", () => {
  it("passes when it is one a courier can find, kept in its country's own form", () => {
    expect(deliveryAddressInput.parse({ ...good, postalCode: " d02x285", country: "ie" })).toEqual(good);
    expect(
      deliveryAddressInput.parse({
        line1: "Rose Cottage",
        line2: "Flat 2",
        postalCode: "1012ab",
        city: "’s-Hertogenbosch",
        country: "NL",
      }),
    ).toMatchObject({ postalCode: "1012 AB" });
  });

  it("is refused as it was once accepted: x, 1, !!! and ZZ, each under its own field", () => {
    expect(refusals({ line1: "x", postalCode: "!!!", city: "1", country: "ZZ" })).toEqual({
      line1: "Give the street address in full, like 1 Main Street.",
      city: "Give the name of the city or town.",
      country: "Choose a country from the list.",
    });
    // With a country to judge it by, the postal code is refused too, with the other fields.
    expect(refusals({ line1: "x", postalCode: "!!!", city: "1", country: "IE" })).toEqual({
      line1: "Give the street address in full, like 1 Main Street.",
      city: "Give the name of the city or town.",
      postalCode: "Give a postal code like A65 F4E2.",
    });
  });

  it("judges the postal code by the country's rule", () => {
    expect(refusals({ ...good, country: "GB" })).toEqual({
      postalCode: "Give a postal code like SW1A 1AA.",
    });
    expect(refusals({ ...good, postalCode: "SW1A 1AA", country: "GB" })).toEqual({});
    expect(refusals({ ...good, postalCode: "75008", country: "FR" })).toEqual({});
  });

  it("wants a street and a city with letters, and says once what is missing", () => {
    expect(refusals({ ...good, line1: "12", city: "!!!" })).toEqual({
      line1: "Give the street address in full, like 1 Main Street.",
      city: "Give the name of the city or town.",
    });
    const empty = deliveryAddressInput.safeParse({ line1: " ", postalCode: "", city: "", country: "IE" });
    expect(empty.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["line1", "The street address is required."],
      ["postalCode", "The postal code is required."],
      ["city", "The city is required."],
    ]);
  });

  it("takes a country only as an ISO 3166-1 code", () => {
    for (const country of ["Ireland", "IRL", "UK", "EU", "XX", ""]) {
      expect(refusals({ ...good, country }), country).toEqual({ country: "Choose a country from the list." });
    }
  });

  it("is named by its full path inside the checkout's input", () => {
    const result = checkoutInput.safeParse({
      idempotencyKey: "checkout-key-1",
      expectedTotalMinor: 100,
      contact: { name: "Ann", email: "ann@example.com" },
      fulfilment: { method: "delivery", address: { ...good, postalCode: "!!!" } },
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "fulfilment.address.postalCode",
    ]);
  });
});
