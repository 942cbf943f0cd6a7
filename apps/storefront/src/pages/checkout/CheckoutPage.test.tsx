import { FakeApiError, FakeNetworkFailure, type Handlers } from "@petshop/ui/testing";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeCart, fakeCartLine } from "../../test-support/fake-cart";
import { fakeOrder } from "../../test-support/fake-orders";
import { fakeAccount } from "../../test-support/fixtures";
import { fieldError, fill } from "../../test-support/forms";
import { renderStorefront } from "../../test-support/render";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const biscuit = fakeCartLine({ name: "Biscuit", unitPriceMinor: 95000 });
const placed = fakeOrder({ number: "1042" });

/** A signed-in customer with Biscuit in the cart, and a shop that places the order. */
function signedInWithCart(overrides: Handlers = {}): Handlers {
  return {
    "users.me": () => fakeAccount({ name: "Ann Murphy", email: "ann@example.com" }),
    "cart.get": () => fakeCart([biscuit]),
    "orders.deliveryCountries": () => [
      { code: "IE", name: "Ireland" },
      { code: "GB", name: "United Kingdom" },
      { code: "FR", name: "France" },
    ],
    "orders.checkout": () => placed,
    "orders.byId": () => placed,
    "orders.pickupPoint": () => ({ address: "12 Harbour Road, Dún Laoghaire", hours: "Tuesday to Saturday" }),
    ...overrides,
  };
}

const placeOrder = async (name = "Place order") => {
  fireEvent.click(await screen.findByRole("button", { name }));
};

describe("the checkout page", () => {
  it("asks a visitor to sign in first, and to come back here", async () => {
    const { router } = renderStorefront("/checkout", {
      "users.me": () => null,
      "cart.get": () => fakeCart([biscuit]),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to check out" })).toBeTruthy();
    const main = within(screen.getByRole("main"));
    expect(main.getByRole("link", { name: "Create an account" }).getAttribute("href")).toMatch(
      /^\/register\?redirect=(%2F|\/)checkout$/,
    );
    fireEvent.click(main.getByRole("link", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(router.state.location.search).toEqual({ redirect: "/checkout" });
  });

  it("places a pickup order with the contact from the account, and shows its confirmation", async () => {
    const { api, router } = renderStorefront("/checkout", signedInWithCart());
    expect(((await screen.findByLabelText("Name")) as HTMLInputElement).value).toBe("Ann Murphy");
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("ann@example.com");
    expect((screen.getByRole("radio", { name: "Pick up at the shop" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.queryByLabelText("Street address")).toBeNull();
    // Pickup says where and when.
    expect(await screen.findByText("12 Harbour Road, Dún Laoghaire")).toBeTruthy();
    expect(screen.getByText("Open Tuesday to Saturday.")).toBeTruthy();
    const review = within(screen.getByRole("region", { name: "Your order" }));
    expect(review.getByText("€950.00", { selector: "dd" })).toBeTruthy();

    await placeOrder();
    expect(await screen.findByText("Thank you for your order!")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Order #1042" })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/account/orders/${placed.id}`);
    expect(api.inputsOf("orders.checkout")).toEqual([
      {
        idempotencyKey: expect.stringMatching(UUID),
        expectedTotalMinor: 95000,
        contact: { name: "Ann Murphy", email: "ann@example.com" },
        fulfilment: { method: "pickup" },
      },
    ]);
  });

  it("asks for the address only for delivery, and sends it with the note", async () => {
    const { api } = renderStorefront("/checkout", signedInWithCart());
    fireEvent.click(await screen.findByRole("radio", { name: "Delivery" }));
    fill("Street address", " 1 Main Street ");
    fill("Postal code", "d02x285");
    fill("City", "Dublin");
    fill("Phone (optional)", "+353 1 234 5678");
    fill("Note (optional)", "Evenings are best.");
    await placeOrder();
    await screen.findByText("Thank you for your order!");
    expect(api.inputsOf("orders.checkout")[0]).toMatchObject({
      contact: { name: "Ann Murphy", email: "ann@example.com", phone: "+353 1 234 5678" },
      fulfilment: {
        method: "delivery",
        address: { line1: "1 Main Street", postalCode: "D02 X285", city: "Dublin", country: "IE" },
      },
      note: "Evenings are best.",
    });
  });

  it("offers only the countries the shop delivers to, by name, and judges the postal code by the one chosen", async () => {
    const { api } = renderStorefront("/checkout", signedInWithCart());
    fireEvent.click(await screen.findByRole("radio", { name: "Delivery" }));
    const country = screen.getByLabelText("Country") as HTMLSelectElement;
    expect(country.tagName).toBe("SELECT");
    expect([...country.options].map((option) => [option.value, option.text])).toEqual([
      ["IE", "Ireland"],
      ["GB", "United Kingdom"],
      ["FR", "France"],
    ]);
    expect(country.value).toBe("IE");
    expect(screen.getByText("Like A65 F4E2.")).toBeTruthy();

    fill("Street address", "10 Downing Street");
    fill("City", "London");
    fill("Postal code", "D02 X285");
    fill("Country", "GB");
    expect(await screen.findByText("Like SW1A 1AA.")).toBeTruthy();
    await placeOrder();
    await waitFor(() => expect(fieldError("Postal code")).toBe("Give a postal code like SW1A 1AA."));
    expect(fieldError("City")).toBeNull();
    expect(api.inputsOf("orders.checkout")).toEqual([]);

    fill("Postal code", "sw1a2aa");
    await placeOrder();
    await screen.findByText("Thank you for your order!");
    expect(api.inputsOf("orders.checkout")[0]).toMatchObject({
      fulfilment: { address: { postalCode: "SW1A 2AA", country: "GB" } },
    });
  });

  it("shows the server's refusal of the country under the country", async () => {
    renderStorefront(
      "/checkout",
      signedInWithCart({
        "orders.checkout": () => {
          throw new FakeApiError("BAD_REQUEST", "We do not deliver to France.", {
            fieldErrors: { "fulfilment.address.country": ["We do not deliver to France."] },
          });
        },
      }),
    );
    fireEvent.click(await screen.findByRole("radio", { name: "Delivery" }));
    fill("Country", "FR");
    fill("Street address", "8 rue de Rivoli");
    fill("Postal code", "75004");
    fill("City", "Paris");
    await placeOrder();
    await waitFor(() => expect(fieldError("Country")).toBe("We do not deliver to France."));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("points out a missing address before sending, and hides it again for pickup", async () => {
    const { api } = renderStorefront("/checkout", signedInWithCart());
    fireEvent.click(await screen.findByRole("radio", { name: "Delivery" }));
    await placeOrder();
    await waitFor(() => expect(fieldError("City")).toBe("The city is required."));
    expect(fieldError("Street address")).toBe("The street address is required.");
    expect(api.inputsOf("orders.checkout")).toEqual([]);

    fireEvent.click(screen.getByRole("radio", { name: "Pick up at the shop" }));
    expect(screen.queryByLabelText("City")).toBeNull();
    await placeOrder();
    await screen.findByText("Thank you for your order!");
    expect(api.inputsOf("orders.checkout")[0]).toMatchObject({ fulfilment: { method: "pickup" } });
  });

  it("shows the server's field errors under their fields", async () => {
    renderStorefront(
      "/checkout",
      signedInWithCart({
        "orders.checkout": () => {
          throw new FakeApiError("BAD_REQUEST", "We do not deliver to this postal code.", {
            fieldErrors: { "fulfilment.address.postalCode": ["We do not deliver to this postal code."] },
          });
        },
      }),
    );
    fireEvent.click(await screen.findByRole("radio", { name: "Delivery" }));
    fill("Street address", "1 Main Street");
    fill("Postal code", "D02 X285");
    fill("City", "Dublin");
    await placeOrder();
    await waitFor(() => expect(fieldError("Postal code")).toBe("We do not deliver to this postal code."));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("asks to confirm a changed total, then places the order at it under the same key", async () => {
    let price = 95000;
    const { api } = renderStorefront(
      "/checkout",
      signedInWithCart({
        "cart.get": () => fakeCart([{ ...biscuit, unitPriceMinor: price, lineTotalMinor: price }]),
        "orders.checkout": (input) => {
          if (input.expectedTotalMinor !== price) {
            throw new FakeApiError(
              "CONFLICT",
              "Prices have changed since you looked. Please confirm the new total.",
              {
                details: {
                  reason: "price_changed",
                  totalMinor: price,
                  currency: "EUR",
                  lines: [{ ...biscuit, unitPriceMinor: price, quantity: 1, available: 1 }],
                },
              },
            );
          }
          return placed;
        },
      }),
    );
    await screen.findByRole("button", { name: "Place order" });
    price = 105000;
    await placeOrder();

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Prices have changed since you looked.");
    expect(alert.textContent).toContain("The total is now €1,050.00 (it was €950.00)");
    const review = within(screen.getByRole("region", { name: "Your order" }));
    expect(review.getByText("€1,050.00", { selector: "dd" })).toBeTruthy();

    await placeOrder("Confirm new total and place order");
    await screen.findByText("Thank you for your order!");
    const [first, second] = api.inputsOf("orders.checkout");
    expect(first).toMatchObject({ expectedTotalMinor: 95000 });
    expect(second).toMatchObject({ expectedTotalMinor: 105000, idempotencyKey: first?.idempotencyKey });
  });

  it("names what is no longer available and leads to the cart", async () => {
    renderStorefront(
      "/checkout",
      signedInWithCart({
        "orders.checkout": () => {
          throw new FakeApiError("CONFLICT", "Not available in the quantity you asked for: Biscuit.", {
            details: {
              reason: "unavailable",
              lines: [
                {
                  animalId: biscuit.animalId,
                  name: "Biscuit",
                  unitPriceMinor: 95000,
                  quantity: 1,
                  available: 0,
                },
              ],
            },
          });
        },
      }),
    );
    await placeOrder();
    const alert = within(await screen.findByRole("alert"));
    expect(alert.getByText("Biscuit: sold out")).toBeTruthy();
    expect(alert.getByRole("link", { name: "Review your cart" }).getAttribute("href")).toBe("/cart");
    expect((screen.getByRole("button", { name: "Place order" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("retries a lost answer under the same key, with the button disabled while it is sent", async () => {
    let online = false;
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const { api } = renderStorefront(
      "/checkout",
      signedInWithCart({
        "orders.checkout": async () => {
          if (!online) throw new FakeNetworkFailure();
          await answered;
          return placed;
        },
      }),
    );
    await placeOrder();
    expect((await screen.findByRole("alert")).textContent).toMatch(/could not reach the shop/);

    online = true;
    await placeOrder();
    const sending = await screen.findByRole("button", { name: "Placing your order…" });
    expect((sending as HTMLButtonElement).disabled).toBe(true);
    answer();
    await screen.findByText("Thank you for your order!");
    const [first, second] = api.inputsOf("orders.checkout");
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
  });

  it("keeps a half-filled checkout through a reload, and forgets it once the order is placed", async () => {
    renderStorefront("/checkout", signedInWithCart());
    fireEvent.click(await screen.findByRole("radio", { name: "Delivery" }));
    fill("Street address", "1 Main Street");
    fill("Postal code", "D02 X285");
    fill("City", "Dublin");
    fill("Note (optional)", "Evenings are best.");

    // A reload (or Back, then Forward): the page is built afresh from nothing but the tab.
    cleanup();
    renderStorefront("/checkout", signedInWithCart());
    expect(((await screen.findByRole("radio", { name: "Delivery" })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Street address") as HTMLInputElement).value).toBe("1 Main Street");
    expect((screen.getByLabelText("City") as HTMLInputElement).value).toBe("Dublin");
    expect((screen.getByLabelText("Note (optional)") as HTMLTextAreaElement).value).toBe(
      "Evenings are best.",
    );

    expect((screen.getByLabelText("Postal code") as HTMLInputElement).value).toBe("D02 X285");
    await placeOrder();
    await screen.findByRole("heading", { level: 1, name: /Order #1042/ });
    cleanup();
    renderStorefront("/checkout", signedInWithCart());
    expect(
      ((await screen.findByRole("radio", { name: "Pick up at the shop" })) as HTMLInputElement).checked,
    ).toBe(true);
  });
});
