import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeOrder } from "../../test-support/fake-orders";
import { fakeAccount } from "../../test-support/fixtures";
import { renderStorefront } from "../../test-support/render";

const main = () => within(screen.getByRole("main"));

describe("the order page", () => {
  it("shows a pending order: its hold, lines, total and pickup, and cancels it after asking", async () => {
    let order = fakeOrder({
      number: "1042",
      totalMinor: 96495,
      lines: [
        {
          animalId: "00000000-0000-4000-8000-000000000b01",
          name: "Biscuit",
          unitPriceMinor: 95000,
          quantity: 1,
          slug: "biscuit",
          image: null,
          lineTotalMinor: 95000,
        },
        {
          animalId: "00000000-0000-4000-8000-000000000b02",
          name: "Neon tetra",
          unitPriceMinor: 299,
          quantity: 5,
          slug: null,
          image: null,
          lineTotalMinor: 1495,
        },
      ],
    });
    const { api } = renderStorefront(`/account/orders/${order.id}`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
      "orders.cancel": () => {
        order = { ...order, status: "cancelled", expiresAt: null };
        return order;
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Order #1042" })).toBeTruthy();
    expect(main().getByRole("heading", { level: 2, name: "Awaiting payment" })).toBeTruthy();
    expect(main().getByText(/We are holding your animals for you until .*2026/)).toBeTruthy();
    expect(main().getByRole("link", { name: "Biscuit" }).getAttribute("href")).toBe("/animals/biscuit");
    // A listing gone since keeps its name on the order, without a link.
    expect(main().getByText("Neon tetra")).toBeTruthy();
    expect(main().queryByRole("link", { name: "Neon tetra" })).toBeNull();
    expect(main().getByText("5 × €2.99")).toBeTruthy();
    expect(main().getByText("€964.95")).toBeTruthy();
    expect(main().getByRole("heading", { name: "Pickup at the shop" })).toBeTruthy();
    expect(screen.queryByText("Thank you for your order!")).toBeNull();
    expect(main().getByRole("button", { name: "Pay €964.95" })).toBeTruthy();

    // Asked first, and the answer "keep" changes nothing.
    fireEvent.click(main().getByRole("button", { name: "Cancel order" }));
    const dialog = within(screen.getByRole("dialog", { name: "Cancel this order?" }));
    expect(dialog.getByText(/go back on sale/)).toBeTruthy();
    fireEvent.click(dialog.getByRole("button", { name: "Keep my order" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.inputsOf("orders.cancel")).toEqual([]);

    fireEvent.click(main().getByRole("button", { name: "Cancel order" }));
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel order" }));
    expect(await main().findByRole("heading", { level: 2, name: "Cancelled" })).toBeTruthy();
    expect(main().getByText("This order was cancelled, and its animals went back on sale.")).toBeTruthy();
    expect(main().queryByRole("button", { name: "Cancel order" })).toBeNull();
    expect(main().queryByRole("button", { name: "Pay €964.95" })).toBeNull();
    expect(api.inputsOf("orders.cancel")).toEqual([{ orderId: order.id }]);
  });

  it.each([
    ["paid", "Paid"],
    ["fulfilled", "Fulfilled"],
    ["cancelled", "Cancelled"],
    ["expired", "Expired"],
    ["refunded", "Refunded"],
  ] as const)("offers neither payment nor cancel for an order that is %s", async (status, words) => {
    const order = fakeOrder({ status, expiresAt: null });
    renderStorefront(`/account/orders/${order.id}`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
    });
    expect(await screen.findByRole("heading", { level: 2, name: words })).toBeTruthy();
    expect(main().queryByRole("button", { name: "Cancel order" })).toBeNull();
    expect(main().queryByRole("button", { name: /^Pay / })).toBeNull();
  });

  it("thanks the customer straight after checkout, and shows where a delivery goes, the country by name", async () => {
    const order = fakeOrder({
      fulfilment: "delivery",
      deliveryAddress: { line1: "1 Main Street", postalCode: "D02 X285", city: "Dublin", country: "IE" },
      contactPhone: "+353 1 234 5678",
      note: "Evenings are best.",
    });
    renderStorefront(`/account/orders/${order.id}?placed=true`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
    });
    expect(await screen.findByText("Thank you for your order!")).toBeTruthy();
    expect(screen.getByText("We have sent a confirmation to ann@example.com.")).toBeTruthy();
    expect(main().getByRole("heading", { name: "Delivery" })).toBeTruthy();
    const address = main().getByText(/1 Main Street/).textContent;
    expect(address).toContain("D02 X285 Dublin");
    expect(address).toContain("Ireland");
    expect(address).not.toContain("IE");
    expect(main().getByText("+353 1 234 5678")).toBeTruthy();
    expect(main().getByText("Evenings are best.")).toBeTruthy();
  });

  it("sends a visitor to sign in and back, without asking for the order", async () => {
    const order = fakeOrder();
    const { api, router } = renderStorefront(`/account/orders/${order.id}`, { "users.me": () => null });
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(router.state.location.search).toEqual({ redirect: `/account/orders/${order.id}` });
    expect(api.inputsOf("orders.byId")).toEqual([]);
  });

  it("says so when the order is not the customer's", async () => {
    renderStorefront("/account/orders/00000000-0000-4000-8000-000000000999", {
      "users.me": () => fakeAccount(),
    });
    expect(await screen.findByRole("heading", { name: "We could not find that order" })).toBeTruthy();
    // Its own words, and a way back to the visitor's orders rather than to the animals.
    expect(screen.queryByText(/new home/)).toBeNull();
    expect(screen.getByRole("link", { name: "See your orders" }).getAttribute("href")).toBe(
      "/account/orders",
    );
  });

  it.each([
    ["pending_payment", /Once it is paid we will get your order ready/],
    ["paid", /We are getting your order ready/],
    ["fulfilled", /Collected/],
    ["cancelled", /was cancelled, so there is nothing to collect/],
    ["expired", /expired before it was paid, so there is nothing to collect/],
    ["refunded", /was refunded, so there is nothing to collect/],
  ] as const)("words a %s pickup order for what it is", async (status, words) => {
    renderStorefront("/account/orders/00000000-0000-4000-8000-000000000042", {
      "users.me": () => fakeAccount(),
      "orders.byId": () => fakeOrder({ status, fulfilment: "pickup", deliveryAddress: null }),
      "orders.pickupPoint": () => ({
        address: "12 Harbour Road, Dún Laoghaire",
        hours: "Tuesday to Saturday",
      }),
    });
    const facts = within(await screen.findByRole("region", { name: "Delivery and contact" }));
    expect(facts.getByText(words)).toBeTruthy();
    // Where and when to collect, while there is something to collect.
    const collecting = status === "pending_payment" || status === "paid";
    if (collecting) expect(await facts.findByText("12 Harbour Road, Dún Laoghaire")).toBeTruthy();
    else {
      expect(facts.queryByText(/let you know/)).toBeNull();
      expect(facts.queryByText("12 Harbour Road, Dún Laoghaire")).toBeNull();
    }
  });
});
