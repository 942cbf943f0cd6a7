import type { OrderStatus } from "@petshop/db/constants";
import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeOrders } from "../test-support/fake-orders";
import { fakeMe, fakeOrder, fakeOrderLine, fakePaidOrder } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

type StaffOrder = ReturnType<typeof fakeOrder>;

function renderOrderPage(order: StaffOrder) {
  const orders = fakeOrders([order]);
  const { api } = renderAdmin(`/orders/${order.id}`, {
    "users.me": () => fakeMe("staff"),
    ...orders.handlers,
  });
  return { api, orders, id: order.id };
}

/** The panel with the order's status and the moves it allows. */
const statusPanel = (label: string) => screen.findByRole("region", { name: `Status: ${label}` });

/** The message tied to a field (its aria-describedby), once the field is marked invalid. */
async function errorOf(field: HTMLElement) {
  await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ");
  return ids.map((id) => document.getElementById(id)?.textContent).join(" ");
}

const timeline = () => within(screen.getByRole("region", { name: "Timeline" }));

describe("the order page", () => {
  it("shows the lines, total, customer, contact, delivery address, note and timeline", async () => {
    renderOrderPage(
      fakeOrder({
        number: "1042",
        lines: [
          fakeOrderLine({ name: "Honey", unitPriceMinor: 150000, quantity: 1 }),
          fakeOrderLine({ name: "Neon tetra", unitPriceMinor: 250, quantity: 12 }),
        ],
        contactName: "Ann at work",
        contactEmail: "ann.work@example.com",
        note: "Please ring twice.",
        deliveryAddress: {
          line1: "1 Harbour Road",
          line2: "Flat 2",
          postalCode: "A96",
          city: "Howth",
          country: "IE",
        },
      }),
    );
    await screen.findByRole("heading", { name: "Order #1042" });

    const lines = within(screen.getByRole("region", { name: "Animals" }));
    const tetras = lines.getByRole("link", { name: "Neon tetra" }).closest("tr");
    expect(tetras?.textContent).toContain("€2.50");
    expect(tetras?.textContent).toContain("12");
    expect(tetras?.textContent).toContain("€30.00");
    expect(lines.getByRole("rowheader", { name: "Total" }).closest("tr")?.textContent).toContain("€1,530.00");

    const customer = screen.getByRole("region", { name: "Customer" });
    expect(customer.textContent).toContain("Ann Buyer");
    expect(customer.textContent).toContain("ann@example.com");
    expect(within(customer).getByRole("link", { name: "ann.work@example.com" })).toBeTruthy();
    expect(customer.textContent).toContain("+353 1 555 0100");
    expect(customer.textContent).toContain("Please ring twice.");

    const fulfilment = screen.getByRole("region", { name: "Fulfilment" });
    expect(fulfilment.textContent).toContain("Delivery to");
    expect(fulfilment.textContent).toContain("Flat 2");
    expect(fulfilment.textContent).toContain("A96 Howth");

    const placed = timeline()
      .getByText(/Placed: Awaiting payment/)
      .closest("li");
    expect(placed?.textContent).toContain("by Ann Buyer (customer)");
    expect(placed?.textContent).toContain("“Order placed”");
  });

  it("shows until when an unpaid order holds its animals, and when the hold has run out", async () => {
    renderOrderPage(fakeOrder({ status: "pending_payment", expiresAt: "2020-01-01T12:00:00.000Z" }));
    const panel = await statusPanel("Awaiting payment");
    expect(panel.textContent).toContain("The hold ran out 1 Jan 2020");
  });

  const allowed: { status: OrderStatus; label: string; actions: string[] }[] = [
    { status: "pending_payment", label: "Awaiting payment", actions: ["Cancel order"] },
    { status: "paid", label: "Paid", actions: ["Mark fulfilled", "Refund…"] },
    { status: "fulfilled", label: "Fulfilled", actions: ["Refund…"] },
    { status: "cancelled", label: "Cancelled", actions: [] },
    { status: "expired", label: "Expired", actions: [] },
    { status: "refunded", label: "Refunded", actions: [] },
  ];
  it.each(allowed)("offers only the moves allowed from $status", async ({ status, label, actions }) => {
    const expiresAt = status === "pending_payment" ? "2099-01-01T12:00:00.000Z" : null;
    // Each with a payment wholly left to refund, so only the status decides whether one is offered.
    renderOrderPage(fakePaidOrder({ status, expiresAt }));
    const panel = await statusPanel(label);
    expect(
      within(panel)
        .queryAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(actions);
    expect(panel.textContent?.includes("Held until")).toBe(status === "pending_payment");
  });

  it("marks a paid order fulfilled and shows its new state", async () => {
    const { api, id } = renderOrderPage(fakeOrder({ status: "paid", expiresAt: null }));
    fireEvent.click(within(await statusPanel("Paid")).getByRole("button", { name: "Mark fulfilled" }));
    // It cannot be undone, so it asks first.
    const dialog = screen.getByRole("dialog", { name: "Mark fulfilled?" });
    expect(dialog.textContent).toContain("cannot be undone");
    expect(api.inputsOf("orders.markFulfilled")).toEqual([]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Mark fulfilled" }));

    const panel = await statusPanel("Fulfilled");
    expect(within(panel).queryAllByRole("button")).toEqual([]);
    expect(within(panel).getByRole("status").textContent).toMatch(/is fulfilled/);
    expect(timeline().getByText(/Paid/).closest("li")?.textContent).toContain(
      "Fulfilled by Sam staff (staff)",
    );
    expect(api.inputsOf("orders.markFulfilled")).toEqual([{ orderId: id }]);
  });

  it("cancels only with a reason and after asking", async () => {
    const { api, id } = renderOrderPage(fakeOrder({ number: "1077", status: "pending_payment" }));
    const panel = within(await statusPanel("Awaiting payment"));
    const reason = panel.getByLabelText("Reason for cancelling");

    fireEvent.click(panel.getByRole("button", { name: "Cancel order" }));
    expect(await errorOf(reason)).toContain("A reason is required.");
    expect(screen.queryByRole("dialog")).toBeNull();

    fireEvent.change(reason, { target: { value: "Customer asked by phone" } });
    fireEvent.click(panel.getByRole("button", { name: "Cancel order" }));
    const dialog = await screen.findByRole("dialog", { name: "Cancel order #1077?" });
    expect(dialog.textContent).toContain("back on sale");
    expect(dialog.textContent).toContain("“Customer asked by phone”");
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep order" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.inputsOf("orders.adminCancel")).toEqual([]);

    fireEvent.click(panel.getByRole("button", { name: "Cancel order" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Cancel order" }));
    const cancelled = await statusPanel("Cancelled");
    expect(within(cancelled).queryAllByRole("button")).toEqual([]);
    expect(timeline().getByText("“Customer asked by phone”").closest("li")?.textContent).toContain(
      "Cancelled by Sam staff (staff)",
    );
    expect(api.inputsOf("orders.adminCancel")).toEqual([{ orderId: id, reason: "Customer asked by phone" }]);
  });

  it("says why a move was refused and shows the order as it stands now", async () => {
    const { orders, id } = renderOrderPage(fakeOrder({ status: "pending_payment" }));
    const panel = within(await statusPanel("Awaiting payment"));
    orders.setStatusElsewhere(id, "paid");

    fireEvent.change(panel.getByLabelText("Reason for cancelling"), { target: { value: "Duplicate" } });
    fireEvent.click(panel.getByRole("button", { name: "Cancel order" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Cancel order" }));

    const paid = await statusPanel("Paid");
    expect(within(paid).getByRole("alert").textContent).toBe(
      "This order is paid; it cannot become cancelled.",
    );
    expect(within(paid).getByRole("button", { name: "Mark fulfilled" })).toBeTruthy();
  });

  it("shows the server's verdict on a note under the note, then adds it to the timeline", async () => {
    const order = fakeOrder();
    const orders = fakeOrders([order]);
    let refused = false;
    const { api } = renderAdmin(`/orders/${order.id}`, {
      "users.me": () => fakeMe("staff"),
      ...orders.handlers,
      "orders.addNote": (input) => {
        if (!refused) {
          refused = true;
          throw new FakeApiError("BAD_REQUEST", "Notes may not hold card numbers.", {
            fieldErrors: { text: ["Notes may not hold card numbers."] },
          });
        }
        return orders.handlers["orders.addNote"](input);
      },
    });
    await screen.findByRole("heading", { name: /Order #/ });
    const form = within(screen.getByRole("form", { name: "Add a note" }));
    const note = form.getByLabelText("Note");

    fireEvent.click(form.getByRole("button", { name: "Add note" }));
    expect(await errorOf(note)).toContain("The note is required.");
    expect(api.inputsOf("orders.addNote")).toEqual([]);

    fireEvent.change(note, { target: { value: "Card 4111 1111 1111 1111" } });
    fireEvent.click(form.getByRole("button", { name: "Add note" }));
    await waitFor(async () => expect(await errorOf(note)).toContain("Notes may not hold card numbers."));
    expect(screen.queryByRole("alert")).toBeNull();

    fireEvent.change(note, { target: { value: "Called the customer about the delivery day." } });
    fireEvent.click(form.getByRole("button", { name: "Add note" }));
    const added = (await timeline().findByText("Called the customer about the delivery day.")).closest("li");
    expect(added?.textContent).toContain("Note by Sam staff (staff)");
    expect((note as HTMLTextAreaElement).value).toBe("");
    expect(api.inputsOf("orders.addNote")).toEqual([
      { orderId: order.id, text: "Card 4111 1111 1111 1111" },
      { orderId: order.id, text: "Called the customer about the delivery day." },
    ]);
  });

  it("says so when there is no order at the address", async () => {
    renderAdmin("/orders/00000000-0000-4000-8000-00000000dead", {
      "users.me": () => fakeMe("staff"),
      ...fakeOrders([]).handlers,
    });
    expect(await screen.findByRole("heading", { name: "Order not found" })).toBeTruthy();
  });
});
