import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeOrders } from "../test-support/fake-orders";
import { fakeMe, fakeOrder, fakeOrderLine, listedOrder } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

const staff = () => fakeMe("staff");
const page = { limit: 50, direction: "forward" };

/** The row whose number links to this order. */
const rowOf = async (number: string) => {
  const row = (await screen.findByRole("link", { name: `Order #${number}` })).closest("tr");
  if (!row) throw new Error(`no row for order ${number}`);
  return row;
};
const noRowFor = (number: string) => screen.queryByRole("link", { name: `Order #${number}` }) === null;

const checkbox = (name: string) => screen.getByRole("checkbox", { name }) as HTMLInputElement;

/** The message tied to a field (its aria-describedby). */
const describedBy = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");

describe("the orders page", () => {
  it("lists orders with their customer, items, total, fulfilment and status, each linking to its page", async () => {
    const order = fakeOrder({
      number: "1042",
      status: "paid",
      expiresAt: null,
      fulfilment: "pickup",
      lines: [fakeOrderLine({ name: "Neon tetra", unitPriceMinor: 250, quantity: 12 })],
    });
    renderAdmin("/orders", { "users.me": staff, ...fakeOrders([order]).handlers });

    const row = await rowOf("1042");
    expect(row.textContent).toContain("21 Nov 2026");
    expect(row.textContent).toContain("Ann Buyer");
    expect(row.textContent).toContain("ann@example.com");
    expect(row.textContent).toContain("12");
    expect(row.textContent).toContain("€30.00");
    expect(row.textContent).toContain("Pickup");
    expect(within(row).getByText("Paid")).toBeTruthy();
    expect(within(row).getByRole("link", { name: "Order #1042" }).getAttribute("href")).toBe(
      `/admin/orders/${order.id}`,
    );
    const nav = screen.getByRole("navigation", { name: "Staff sections" });
    expect(within(nav).getByRole("link", { name: "Orders" }).getAttribute("aria-current")).toBe("page");
  });

  it("shows how long an unpaid order is held", async () => {
    renderAdmin("/orders", {
      "users.me": staff,
      ...fakeOrders([fakeOrder({ number: "1050", expiresAt: "2026-11-21T10:30:00.000Z" })]).handlers,
    });
    const row = await rowOf("1050");
    expect(row.textContent).toContain("Awaiting payment");
    expect(row.textContent).toMatch(/held until 21 Nov 2026/);
  });

  it("writes the statuses, days and email to the URL and asks orders.adminList for them", async () => {
    const ann = { id: "00000000-0000-4000-8000-0000000000a1", email: "ann@example.com", name: "Ann" };
    const bob = { id: "00000000-0000-4000-8000-0000000000b1", email: "bob@example.com", name: "Bob" };
    const orders = fakeOrders([
      fakeOrder({ number: "2001", status: "paid", expiresAt: null, customer: ann }),
      fakeOrder({ number: "2002", status: "pending_payment", customer: bob }),
      fakeOrder({ number: "2003", status: "cancelled", expiresAt: null, customer: bob }),
    ]);
    const { api, router } = renderAdmin("/orders", { "users.me": staff, ...orders.handlers });
    await rowOf("2003");

    fireEvent.click(checkbox("Paid"));
    await waitFor(() => expect(noRowFor("2002")).toBe(true));
    expect(router.state.location.searchStr).toBe("?status=paid");
    expect(checkbox("Paid").checked).toBe(true);

    fireEvent.click(checkbox("Awaiting payment"));
    await rowOf("2002");
    expect(noRowFor("2003")).toBe(true);
    // One choice of statuses has one URL, in the state machine's order whatever the clicks'.
    expect(router.state.location.searchStr).toBe("?status=pending_payment&status=paid");

    fireEvent.change(screen.getByLabelText("Placed from"), { target: { value: "2026-11-01" } });
    await waitFor(() => expect(api.inputsOf("orders.adminList")).toHaveLength(4));
    fireEvent.change(screen.getByLabelText("Placed to"), { target: { value: "2026-11-30" } });
    await waitFor(() => expect(api.inputsOf("orders.adminList")).toHaveLength(5));

    const email = screen.getByLabelText("Customer email");
    fireEvent.change(email, { target: { value: "b" } });
    fireEvent.change(email, { target: { value: "bo" } });
    fireEvent.change(email, { target: { value: " bob " } });
    await waitFor(() => expect(noRowFor("2001")).toBe(true));
    expect(await rowOf("2002")).toBeTruthy();
    expect(router.state.location.search).toEqual({
      status: ["pending_payment", "paid"],
      from: "2026-11-01",
      to: "2026-11-30",
      email: "bob",
    });

    const filters = { status: ["pending_payment", "paid"], from: "2026-11-01", to: "2026-11-30" };
    expect(api.inputsOf("orders.adminList")).toEqual([
      page,
      { ...page, status: ["paid"] },
      { ...page, status: ["pending_payment", "paid"] },
      { ...page, status: ["pending_payment", "paid"], from: "2026-11-01" },
      { ...page, ...filters },
      // Typing is sent once it pauses, not at every key.
      { ...page, ...filters, email: "bob" },
    ]);
  });

  it("starts from the filters in the URL, and clears them all at once", async () => {
    const orders = fakeOrders([
      fakeOrder({ number: "3001", status: "paid", expiresAt: null }),
      fakeOrder({ number: "3002", status: "expired", expiresAt: null }),
    ]);
    const { api, router } = renderAdmin("/orders?status=fulfilled&status=paid&email=ann", {
      "users.me": staff,
      ...orders.handlers,
    });
    await rowOf("3001");
    expect(noRowFor("3002")).toBe(true);
    expect(checkbox("Paid").checked).toBe(true);
    expect(checkbox("Fulfilled").checked).toBe(true);
    expect(checkbox("Expired").checked).toBe(false);
    expect((screen.getByLabelText("Customer email") as HTMLInputElement).value).toBe("ann");

    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await rowOf("3002");
    expect(router.state.location.searchStr).toBe("");
    expect((screen.getByLabelText("Customer email") as HTMLInputElement).value).toBe("");
    expect(screen.queryByRole("button", { name: "Clear filters" })).toBeNull();
    expect(api.inputsOf("orders.adminList")).toEqual([
      { ...page, status: ["paid", "fulfilled"], email: "ann" },
      page,
    ]);
  });

  it("says under the end date when a range ends before it starts, and asks for nothing", async () => {
    const { api } = renderAdmin("/orders?from=2026-11-20&to=2026-11-01", {
      "users.me": staff,
      ...fakeOrders([fakeOrder()]).handlers,
    });
    await screen.findByText("Fix the dates to see orders.");
    const to = screen.getByLabelText("Placed to");
    expect(to.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(to)).toContain("The start date must not be after the end date.");
    expect(api.inputsOf("orders.adminList")).toEqual([]);
  });

  it("loads the next page with the cursor of the last", async () => {
    const first = listedOrder(fakeOrder({ number: "4002" }));
    const second = listedOrder(fakeOrder({ number: "4001" }));
    const { api } = renderAdmin("/orders?status=pending_payment", {
      "users.me": staff,
      "orders.adminList": (input) =>
        input.cursor ? { items: [second], nextCursor: null } : { items: [first], nextCursor: "cursor-1" },
    });
    await rowOf("4002");
    expect(screen.getByText("1+ orders")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await rowOf("4001");
    expect(screen.getByRole("link", { name: "Order #4002" })).toBeTruthy();
    expect(api.inputsOf("orders.adminList")).toEqual([
      { ...page, status: ["pending_payment"] },
      { ...page, status: ["pending_payment"], cursor: "cursor-1" },
    ]);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });
});
