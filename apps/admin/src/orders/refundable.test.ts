import { describe, expect, it } from "vitest";
import { fakePaymentAttempt, fakeRefund } from "../test-support/fixtures";
import { refundableOf } from "./refundable";

describe("what is left to refund", () => {
  it("is nothing before a payment succeeded", () => {
    const open = fakePaymentAttempt({ status: "open" });
    expect(refundableOf({ attempts: [open], refunds: [], events: [] })).toBeNull();
  });

  it("comes from the latest paid attempt, less refunds done or on their way, as the server counts", () => {
    const first = fakePaymentAttempt({ amountMinor: 10000 });
    const latest = fakePaymentAttempt({ amountMinor: 8000 });
    const refunds = [
      fakeRefund(latest.id, { amountMinor: 1000, status: "succeeded" }),
      fakeRefund(latest.id, { amountMinor: 2000, status: "pending" }),
      fakeRefund(latest.id, { amountMinor: 4000, status: "failed" }),
      fakeRefund(first.id, { amountMinor: 500, status: "succeeded" }),
    ];
    const refundable = refundableOf({ attempts: [first, latest], refunds, events: [] });
    expect(refundable?.attempt).toBe(latest);
    expect(refundable?.spentMinor).toBe(3000);
    expect(refundable?.leftMinor).toBe(5000);
  });
});
