import { FakeApiError } from "@petshop/ui/testing";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { letChartsDraw } from "../test-support/chart-room";
import { todayIs } from "../test-support/clock";
import { fakeReports } from "../test-support/fake-reports";
import { fakeAttentionOrder, fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

letChartsDraw();
todayIs("2026-11-21T12:00:00.000Z");

const staff = () => fakeMe("staff");

/** One of the three lists, by the start of its heading (which ends with its count). */
const list = async (title: string) => {
  const heading = await screen.findByRole("heading", { level: 3, name: new RegExp(`^${title}`) });
  const section = heading.closest("section");
  if (!section) throw new Error(`no list ${title}`);
  return section;
};

describe("the dashboard's attention lists", () => {
  it("shows each list's exact count and its first orders, each linking to the order", async () => {
    const flagged = fakeAttentionOrder({
      number: "1201",
      status: "expired",
      paidAt: null,
      attention: "Paid after its hold ended; the animals were sold. Refunded automatically.",
    });
    const overdue = fakeAttentionOrder({
      number: "1202",
      status: "pending_payment",
      paidAt: null,
      expiresAt: "2026-11-21T11:59:00.000Z",
    });
    const soon = fakeAttentionOrder({
      number: "1203",
      status: "pending_payment",
      paidAt: null,
      expiresAt: "2026-11-21T12:08:00.000Z",
    });
    const waiting = Array.from({ length: 7 }, () => fakeAttentionOrder());
    const { api } = renderAdmin("/", {
      "users.me": staff,
      ...fakeReports({
        attention: { flagged: [flagged], expiringSoon: [overdue, soon], awaitingFulfilment: waiting },
      }).handlers,
    });

    const problems = await list("Payment problems");
    expect(within(problems).getByRole("heading").textContent).toBe("Payment problems: 1 order");
    expect(problems.textContent).toContain("Refunded automatically.");
    expect(within(problems).getByRole("link", { name: "Order #1201" }).getAttribute("href")).toBe(
      `/admin/orders/${flagged.orderId}`,
    );

    const expiring = await list("Unpaid, hold ending soon");
    expect(within(expiring).getByRole("heading").textContent).toBe("Unpaid, hold ending soon: 2 orders");
    const [first, second] = within(expiring).getAllByRole("listitem");
    expect(first?.textContent).toMatch(/#1202.*Hold ran out 21 Nov 2026/);
    expect(second?.textContent).toMatch(/#1203.*Held until 21 Nov 2026/);

    // Seven waiting, five shown, and the rest one click away on the orders page.
    const toFulfil = await list("Paid, waiting to be fulfilled");
    expect(within(toFulfil).getByRole("heading").textContent).toBe("Paid, waiting to be fulfilled: 7 orders");
    const links = within(toFulfil).getAllByRole("link", { name: /^Order #/ });
    expect(links.map((link) => link.getAttribute("href"))).toEqual(
      waiting.slice(0, 5).map((order) => `/admin/orders/${order.orderId}`),
    );
    expect(toFulfil.textContent).toContain("2 more.");
    expect(within(toFulfil).getByRole("link", { name: "See them all in Orders" }).getAttribute("href")).toBe(
      "/admin/orders?status=paid",
    );

    expect(api.inputsOf("reports.attention")).toEqual([{ limit: 5, expiringWithinMinutes: 10 }]);
  });

  it("says when a list is empty", async () => {
    renderAdmin("/", { "users.me": staff, ...fakeReports().handlers });
    expect((await list("Payment problems")).textContent).toContain("No payment problems.");
    expect((await list("Paid, waiting to be fulfilled")).textContent).toContain(
      "Every paid order has been fulfilled.",
    );
  });

  it("says when the lists cannot be loaded", async () => {
    renderAdmin("/", {
      "users.me": staff,
      ...fakeReports().handlers,
      "reports.attention": () => {
        throw new FakeApiError("INTERNAL_SERVER_ERROR");
      },
    });
    const region = await screen.findByRole("region", { name: "Needs attention" });
    expect((await within(region).findByRole("alert")).textContent).toBe(
      "The orders needing attention could not be loaded. Try again",
    );
  });
});
