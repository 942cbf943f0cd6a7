import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeOrderSummary } from "../../test-support/fake-orders";
import { fakeAccount } from "../../test-support/fixtures";
import { renderStorefront } from "../../test-support/render";

describe("the order history", () => {
  it("lists the customer's orders with their status in words, and loads older ones", async () => {
    const newest = fakeOrderSummary({ number: "1043", totalMinor: 120000, itemCount: 2 });
    const older = fakeOrderSummary({ number: "1001", status: "fulfilled", fulfilment: "delivery" });
    const { api } = renderStorefront("/account/orders", {
      "users.me": () => fakeAccount(),
      "orders.list": ({ cursor }) =>
        cursor ? { items: [older], nextCursor: null } : { items: [newest], nextCursor: "cursor-1" },
    });
    const first = await screen.findByRole("link", { name: /Order #1043/ });
    expect(first.getAttribute("href")).toBe(`/account/orders/${newest.id}`);
    expect(first.textContent).toContain("Awaiting payment");
    expect(first.textContent).toContain("2 items · Pickup at the shop");
    expect(first.textContent).toContain("€1,200.00");

    fireEvent.click(screen.getByRole("button", { name: "Show more orders" }));
    const second = await screen.findByRole("link", { name: /Order #1001/ });
    expect(second.textContent).toContain("Fulfilled");
    expect(second.textContent).toContain("Delivery");
    expect(screen.queryByRole("button", { name: "Show more orders" })).toBeNull();
    expect(api.inputsOf("orders.list")).toEqual([
      { limit: 10, direction: "forward" },
      { limit: 10, cursor: "cursor-1", direction: "forward" },
    ]);
  });

  it("is reached from the account page", async () => {
    const { router } = renderStorefront("/account", {
      "users.me": () => fakeAccount(),
      "users.listSessions": () => [],
      "orders.list": () => ({ items: [], nextCursor: null }),
    });
    const tabs = within(await screen.findByRole("navigation", { name: "Your account" }));
    expect(tabs.getByRole("link", { name: "Details" }).getAttribute("aria-current")).toBe("page");
    fireEvent.click(tabs.getByRole("link", { name: "Orders" }));
    expect(await screen.findByText("You have not placed an order yet.")).toBeTruthy();
    expect(router.state.location.pathname).toBe("/account/orders");
  });
});
