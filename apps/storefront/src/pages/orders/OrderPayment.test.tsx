import { FakeApiError } from "@petshop/ui/testing";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeOrder, fakePayment } from "../../test-support/fake-orders";
import { fakeAccount } from "../../test-support/fixtures";
import { renderStorefront } from "../../test-support/render";
import { PAYMENT_POLL_MS, PAYMENT_WAIT_MS } from "./usePaymentReturn";

const main = () => within(screen.getByRole("main"));
/** The order's title: the page has loaded. */
const orderShown = () => screen.findByRole("heading", { level: 1, name: /^Order #/ });

afterEach(() => {
  vi.useRealTimers();
});

/** The provider's view of an order, as `payments.status` answers it. */
const statusOf = (order: ReturnType<typeof fakeOrder>) => ({
  orderStatus: order.status,
  payment: order.payment,
});

describe("paying for an order", () => {
  it("starts a payment and leaves for the provider's page, the button disabled meanwhile", async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const order = fakeOrder({ totalMinor: 96495 });
    const checkoutUrl = "https://checkout.stripe.com/c/pay/cs_test_1";
    const { api, pageLoads } = renderStorefront(`/account/orders/${order.id}`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
      "payments.start": async () => {
        await answered;
        return { redirectUrl: checkoutUrl };
      },
    });
    await orderShown();
    fireEvent.click(main().getByRole("button", { name: "Pay €964.95" }));
    const starting = await main().findByRole<HTMLButtonElement>("button", { name: "Starting payment…" });
    expect(starting.disabled).toBe(true);
    expect(pageLoads).toEqual([]);

    answer();
    await waitFor(() => expect(pageLoads).toEqual([checkoutUrl]));
    // The browser is on its way: no second press meanwhile.
    expect(main().getByRole<HTMLButtonElement>("button", { name: "Taking you to payment…" }).disabled).toBe(
      true,
    );
    expect(api.inputsOf("payments.start")).toEqual([{ orderId: order.id }]);
  });

  it("says why a payment could not start, and looks at the order again", async () => {
    const order = fakeOrder();
    const { api, pageLoads } = renderStorefront(`/account/orders/${order.id}`, {
      "users.me": () => fakeAccount(),
      // The hold has run out, but the job that expires orders has not got to this one yet.
      "orders.byId": () => order,
      "payments.start": () => {
        throw new FakeApiError("CONFLICT", "The hold on this order has ended; please order again.");
      },
    });
    await orderShown();
    fireEvent.click(main().getByRole("button", { name: "Pay €950.00" }));
    expect((await main().findByRole("alert")).textContent).toBe(
      "The hold on this order has ended; please order again.",
    );
    await waitFor(() => expect(api.inputsOf("orders.byId")).toHaveLength(2));
    expect(main().getByRole<HTMLButtonElement>("button", { name: "Pay €950.00" }).disabled).toBe(false);
    expect(pageLoads).toEqual([]);
  });

  it.each([
    ["pending_payment", "Payment declined — you can try again", fakePayment({ status: "failed" })],
    ["pending_payment", "Payment timed out — you can try again", fakePayment({ status: "expired" })],
    ["pending_payment", "Payment processing", fakePayment({ status: "open" })],
    ["paid", "Paid €950.00", fakePayment({ status: "succeeded" })],
    ["refunded", "Refunded €950.00", fakePayment({ status: "succeeded", refundedMinor: 95000 })],
    ["paid", "Refunded €200.00 of €950.00", fakePayment({ status: "succeeded", refundedMinor: 20000 })],
  ] as const)("shows an order that is %s with its payment: %s", async (status, words, payment) => {
    const order = fakeOrder({
      status,
      payment,
      ...(status === "pending_payment" ? {} : { expiresAt: null }),
    });
    renderStorefront(`/account/orders/${order.id}`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
    });
    await orderShown();
    expect(main().getByText(words)).toBeTruthy();
    const pay = main().queryByRole("button", { name: "Pay €950.00" });
    expect(pay !== null).toBe(status === "pending_payment");
  });
});

describe("coming back from paying", () => {
  it("watches the payment until it is paid, then shows the order paid", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let order = fakeOrder({ number: "1042", payment: fakePayment() });
    let looks = 0;
    const { api } = renderStorefront(`/account/orders/${order.id}?payment=returned`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
      "orders.list": () => ({ items: [], nextCursor: null }),
      "payments.status": () => {
        looks += 1;
        // The provider's webhook lands while the customer waits: the second look finds it paid.
        if (looks === 2) {
          order = {
            ...order,
            status: "paid",
            expiresAt: null,
            payment: fakePayment({ status: "succeeded" }),
          };
        }
        return statusOf(order);
      },
    });
    expect(await screen.findByText("Checking your payment…")).toBeTruthy();
    expect(main().getByRole("heading", { level: 2, name: "Awaiting payment" })).toBeTruthy();
    // Paying again or cancelling now would only race the payment on its way.
    expect(main().queryByRole("button", { name: "Pay €950.00" })).toBeNull();
    expect(main().queryByRole("button", { name: "Cancel order" })).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(PAYMENT_POLL_MS));
    expect(await screen.findByText("Payment received, thank you")).toBeTruthy();
    expect(await main().findByRole("heading", { level: 2, name: "Paid" })).toBeTruthy();
    expect(api.inputsOf("payments.status")).toEqual([{ orderId: order.id }, { orderId: order.id }]);
    expect(api.inputsOf("orders.byId")).toHaveLength(2);

    // Settled: no more asking.
    await act(() => vi.advanceTimersByTimeAsync(PAYMENT_POLL_MS * 3));
    expect(api.inputsOf("payments.status")).toHaveLength(2);
  });

  it("says the payment did not go through, and offers to pay again", async () => {
    const order = fakeOrder({ payment: fakePayment({ status: "failed" }) });
    renderStorefront(`/account/orders/${order.id}?payment=returned`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
      "payments.status": () => statusOf(order),
    });
    expect(await screen.findByText("Your payment did not go through")).toBeTruthy();
    expect(await main().findByRole("button", { name: "Pay €950.00" })).toBeTruthy();
    // Said once, in the news, not again in the status panel.
    expect(main().queryByText("Payment declined — you can try again")).toBeNull();
  });

  it("says a payment given up at the provider was not completed, without asking the provider", async () => {
    const order = fakeOrder({ payment: fakePayment({ status: "failed" }) });
    const { api } = renderStorefront(`/account/orders/${order.id}?payment=cancelled`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
    });
    expect(await screen.findByText("Your payment was not completed")).toBeTruthy();
    expect(main().getByText(/You can pay again below/)).toBeTruthy();
    expect(main().getByRole("button", { name: "Pay €950.00" })).toBeTruthy();
    expect(api.inputsOf("payments.status")).toEqual([]);
  });

  it("stops watching after half a minute, and promises a receipt by mail", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // Money on its way (a bank transfer): the attempt stays open.
    const order = fakeOrder({ payment: fakePayment({ status: "open" }) });
    const { api } = renderStorefront(`/account/orders/${order.id}?payment=returned`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
      "payments.status": () => statusOf(order),
    });
    await screen.findByText("Checking your payment…");
    await act(() => vi.advanceTimersByTimeAsync(PAYMENT_WAIT_MS));
    expect(await screen.findByText("Still processing — we will email you a receipt")).toBeTruthy();
    const looks = api.inputsOf("payments.status").length;
    expect(looks).toBeGreaterThan(5);

    await act(() => vi.advanceTimersByTimeAsync(PAYMENT_POLL_MS * 3));
    expect(api.inputsOf("payments.status")).toHaveLength(looks);
    // Pressing Pay again reuses the open attempt, so it is offered.
    expect(main().getByRole("button", { name: "Pay €950.00" })).toBeTruthy();
  });
});
