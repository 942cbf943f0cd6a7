import { FakeApiError, type Handlers } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeOrders } from "../test-support/fake-orders";
import {
  fakeMe,
  fakeOrder,
  fakePaidOrder,
  fakePaymentAttempt,
  fakeProviderEvent,
  fakeRefund,
} from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

type StaffOrder = ReturnType<typeof fakeOrder>;

function renderOrderPage(order: StaffOrder, handlers: Handlers = {}) {
  const orders = fakeOrders([order]);
  const { api } = renderAdmin(`/orders/${order.id}`, {
    "users.me": () => fakeMe("staff"),
    ...orders.handlers,
    ...handlers,
  });
  return { api, orders, id: order.id };
}

const statusPanel = (label: string) => screen.findByRole("region", { name: `Status: ${label}` });
const paymentPanel = () => within(screen.getByRole("region", { name: "Payment" }));
/** The row of the table captioned `caption` that holds `text`. */
const rowWith = (caption: string, text: string) =>
  within(paymentPanel().getByRole("table", { name: caption }))
    .getByText(text)
    .closest("tr");

/** The message tied to a field (its aria-describedby), once the field is marked invalid. */
async function errorOf(field: HTMLElement) {
  await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ");
  return ids.map((id) => document.getElementById(id)?.textContent).join(" ");
}

/** Opens the refund dialog from the status panel. */
async function openRefund(status: string, number: string) {
  fireEvent.click(within(await statusPanel(status)).getByRole("button", { name: "Refund…" }));
  return within(await screen.findByRole("dialog", { name: `Refund order #${number}?` }));
}

describe("the order's payment", () => {
  it("shows every attempt, refund and provider event", async () => {
    const expired = fakePaymentAttempt({
      provider: "stripe",
      providerSessionId: "cs_test_old",
      providerPaymentId: null,
      status: "expired",
      createdAt: "2026-11-21T10:01:00.000Z",
    });
    const paid = fakePaymentAttempt({
      provider: "stripe",
      providerSessionId: "cs_test_paid",
      providerPaymentId: "pi_test_paid",
      refundedMinor: 5000,
    });
    renderOrderPage(
      fakeOrder({
        status: "fulfilled",
        expiresAt: null,
        payments: {
          attempts: [expired, paid],
          refunds: [
            fakeRefund(paid.id, { amountMinor: 5000, reason: "Vet bill", status: "succeeded" }),
            fakeRefund(paid.id, {
              amountMinor: 2500,
              reason: "Late delivery",
              actorName: null,
              restock: false,
            }),
          ],
          events: [
            fakeProviderEvent({ providerEventId: "evt_expired", type: "checkout.expired" }),
            fakeProviderEvent({ providerEventId: "evt_twice", outcome: "duplicate" }),
            fakeProviderEvent({ providerEventId: "evt_declined", type: "checkout.async_payment_failed" }),
            fakeProviderEvent({
              provider: "stripe",
              providerEventId: "evt_bank",
              type: "checkout.async_payment_failed",
            }),
          ],
        },
      }),
    );
    await screen.findByRole("heading", { name: /Order #/ });

    expect(rowWith("Attempts", "cs_test_old")?.textContent).toContain("Expired");
    const paidRow = rowWith("Attempts", "pi_test_paid");
    expect(paidRow?.textContent).toContain("Stripe");
    expect(paidRow?.textContent).toContain("Paid");
    expect(paidRow?.textContent).toContain("€1,500.00");
    expect(paidRow?.textContent).toContain("€50.00");
    expect(paymentPanel().getByText("pi_test_paid").className).toContain("font-mono");

    const vet = rowWith("Refunds", "Vet bill");
    expect(vet?.textContent).toContain("€50.00");
    expect(vet?.textContent).toContain("Sam staff");
    expect(vet?.textContent).toContain("Refunded");
    const late = rowWith("Refunds", "Late delivery");
    expect(late?.textContent).toContain("On its way");
    expect(late?.textContent).toContain("the shop, or a deleted account");

    expect(rowWith("Provider events", "evt_expired")?.textContent).toContain("Checkout expired");
    expect(rowWith("Provider events", "evt_twice")?.textContent).toContain("Duplicate: nothing done");
    // The local page's Decline button is a decline, not a delayed bank payment as on Stripe.
    expect(rowWith("Provider events", "evt_declined")?.textContent).toContain(
      "Declined on the local payment page",
    );
    expect(rowWith("Provider events", "evt_bank")?.textContent).toContain("Delayed payment failed");
    // What is on its way counts as spent, as the server counts it.
    expect(screen.getByRole("region", { name: "Payment" }).textContent).toContain(
      "Left to refund: €1,425.00",
    );
    expect(screen.queryByRole("region", { name: "Needs attention" })).toBeNull();
  });

  it("says why staff must look at the order", async () => {
    renderOrderPage(
      fakeOrder({
        status: "expired",
        attention:
          "Paid after the hold ended, when the animals were no longer available; refunded automatically.",
      }),
    );
    const banner = await screen.findByRole("region", { name: "Needs attention" });
    expect(banner.textContent).toContain("refunded automatically");
  });

  it("refunds in full with the animals back on sale, after a reason, and shows the order refunded", async () => {
    const { api, id } = renderOrderPage(fakePaidOrder({ number: "1042" }));
    let dialog = await openRefund("Paid", "1042");
    expect(dialog.getByRole("button", { name: "Refund €1,500.00" })).toBeTruthy();
    fireEvent.click(dialog.getByRole("button", { name: "Keep payment" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    dialog = await openRefund("Paid", "1042");
    fireEvent.click(dialog.getByLabelText("Put the animals back on sale"));
    expect(dialog.getByText(/goes back to Ann Buyer/).textContent).toMatch(
      /becomes refunded; the animal goes back on sale at once\. This cannot be undone\./,
    );
    fireEvent.click(dialog.getByRole("button", { name: "Refund €1,500.00" }));
    expect(await errorOf(dialog.getByLabelText("Reason for the refund"))).toContain("A reason is required.");
    expect(api.inputsOf("payments.refund")).toEqual([]);

    fireEvent.change(dialog.getByLabelText("Reason for the refund"), {
      target: { value: " Puppy returned " },
    });
    fireEvent.click(dialog.getByRole("button", { name: "Refund €1,500.00" }));

    const refunded = await statusPanel("Refunded");
    expect(within(refunded).getByRole("status").textContent).toBe(
      "€1,500.00 is on its way back to the customer. Order #1042 is refunded; its animals are back on sale.",
    );
    expect(within(refunded).queryAllByRole("button")).toEqual([]);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(rowWith("Refunds", "Puppy returned")?.textContent).toContain("On its way");
    expect(api.inputsOf("payments.refund")).toEqual([
      { orderId: id, reason: "Puppy returned", restock: true },
    ]);
  });

  it("checks a partial amount, shows the server's verdict inline, then refunds part", async () => {
    const order = fakePaidOrder({ number: "1050", status: "fulfilled" }, (attempt) => [
      fakeRefund(attempt.id, { amountMinor: 5000 }),
    ]);
    const orders = fakeOrders([order]);
    const verdicts = [
      new FakeApiError("BAD_REQUEST", "The amount must be in whole cents.", {
        fieldErrors: { amountMinor: ["The amount must be in whole cents."] },
      }),
      new FakeApiError("BAD_REQUEST", "At most 140000 (minor units) is left to refund."),
    ];
    const { api } = renderAdmin(`/orders/${order.id}`, {
      "users.me": () => fakeMe("staff"),
      ...orders.handlers,
      "payments.refund": (input) => {
        const verdict = verdicts.shift();
        if (verdict) throw verdict;
        return orders.handlers["payments.refund"](input);
      },
    });
    const dialog = await openRefund("Fulfilled", "1050");
    const restock = dialog.getByLabelText("Put the animals back on sale") as HTMLInputElement;
    fireEvent.click(restock);
    fireEvent.click(dialog.getByLabelText("Part of it"));
    expect(restock.checked).toBe(false);
    expect(restock.disabled).toBe(true);
    fireEvent.change(dialog.getByLabelText("Reason for the refund"), { target: { value: "Vet bill" } });

    const amount = dialog.getByLabelText("Amount (EUR)");
    fireEvent.change(amount, { target: { value: "forty" } });
    fireEvent.click(dialog.getByRole("button", { name: "Refund" }));
    expect(await errorOf(amount)).toContain("Enter an amount like 40 or 39.50");
    // More than is left is no sum to name on the button.
    fireEvent.change(amount, { target: { value: "1450.01" } });
    fireEvent.click(dialog.getByRole("button", { name: "Refund" }));
    await waitFor(async () =>
      expect(await errorOf(amount)).toContain("At most €1,450.00 is left to refund."),
    );
    expect(api.inputsOf("payments.refund")).toEqual([]);

    fireEvent.change(amount, { target: { value: "40" } });
    expect(dialog.getByText(/goes back to Ann Buyer/).textContent).toContain(
      "€40.00 goes back to Ann Buyer; the order stays fulfilled.",
    );
    fireEvent.click(dialog.getByRole("button", { name: "Refund €40.00" }));
    await waitFor(async () => expect(await errorOf(amount)).toContain("The amount must be in whole cents."));
    fireEvent.click(dialog.getByRole("button", { name: "Refund €40.00" }));
    expect((await dialog.findByRole("alert")).textContent).toBe(
      "At most 140000 (minor units) is left to refund.",
    );
    fireEvent.click(dialog.getByRole("button", { name: "Refund €40.00" }));

    const panel = within(await statusPanel("Fulfilled"));
    await waitFor(() =>
      expect(panel.getByRole("status").textContent).toBe("€40.00 is on its way back to the customer."),
    );
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(panel.getByRole("button", { name: "Refund…" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Payment" }).textContent).toContain(
      "Left to refund: €1,410.00",
    );
    const sent = { orderId: order.id, amountMinor: 4000, reason: "Vet bill", restock: false };
    expect(api.inputsOf("payments.refund")).toEqual([sent, sent, sent]);
  });

  it("says why a refund was refused when the order moved, and shows it as it stands", async () => {
    const { orders, id } = renderOrderPage(fakePaidOrder({ number: "1060" }));
    const dialog = await openRefund("Paid", "1060");
    orders.setStatusElsewhere(id, "refunded");
    fireEvent.change(dialog.getByLabelText("Reason for the refund"), { target: { value: "Duplicate" } });
    fireEvent.click(dialog.getByRole("button", { name: "Refund €1,500.00" }));

    const refunded = await statusPanel("Refunded");
    expect(within(refunded).getByRole("alert").textContent).toBe("Only a paid order can be refunded.");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(within(refunded).queryByRole("button", { name: "Refund…" })).toBeNull();
  });

  const notRefundable = [
    { why: "awaiting payment", label: "Awaiting payment", order: () => fakeOrder() },
    {
      why: "refunded in full",
      label: "Refunded",
      order: () =>
        fakePaidOrder({ status: "refunded" }, (attempt) => [
          fakeRefund(attempt.id, { amountMinor: attempt.amountMinor, status: "succeeded" }),
        ]),
    },
    {
      why: "paid, with all of it already on its way back",
      label: "Paid",
      order: () =>
        fakePaidOrder({}, (attempt) => [fakeRefund(attempt.id, { amountMinor: attempt.amountMinor })]),
    },
    {
      why: "paid, with nothing captured",
      label: "Paid",
      order: () =>
        fakeOrder({
          status: "paid",
          payments: { attempts: [fakePaymentAttempt({ status: "open" })], refunds: [], events: [] },
        }),
    },
  ];
  it.each(notRefundable)("offers no refund when $why", async ({ label, order }) => {
    renderOrderPage(order());
    const panel = await statusPanel(label);
    expect(within(panel).queryByRole("button", { name: "Refund…" })).toBeNull();
  });
});
