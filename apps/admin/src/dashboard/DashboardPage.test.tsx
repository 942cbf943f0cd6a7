import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { letChartsDraw } from "../test-support/chart-room";
import { todayIs } from "../test-support/clock";
import { type FakeSale, fakeReports } from "../test-support/fake-reports";
import { fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

// Saturday 21 November 2026, noon in Dublin: the last 30 days begin on 23 October.
const NOW = "2026-11-21T12:00:00.000Z";

const SALES: FakeSale[] = [
  { day: "2026-11-21", species: "dog", orders: 1, units: 1, grossMinor: 150_000 },
  { day: "2026-11-03", species: "fish", orders: 2, units: 24, grossMinor: 6_000, refundsMinor: 1_000 },
  // Only within the last 12 months.
  { day: "2026-06-15", species: "cat", orders: 1, units: 1, grossMinor: 80_000 },
];

const staff = () => fakeMe("staff");

todayIs(NOW);
letChartsDraw();

/** A figure in the totals row, by its label. */
function figure(label: string): string | null | undefined {
  const region = screen.getByRole("region", { name: "Sales" });
  return within(region).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
}

const chartNamed = (start: string) => screen.findByRole("img", { name: new RegExp(`^${start}`) });

describe("the dashboard", () => {
  it("is where staff land, first in the navigation", async () => {
    renderAdmin("/", { "users.me": staff, ...fakeReports().handlers });
    expect(await screen.findByRole("heading", { level: 1, name: "Dashboard" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Staff sections" });
    const first = within(nav).getAllByRole("link")[0];
    expect(first?.textContent).toBe("Dashboard");
    expect(first?.getAttribute("aria-current")).toBe("page");
    const headings = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["Sales", "Needs attention", "Sales by species", "Low stock"]);
  });

  it("shows the last 30 days' totals, and the chart as a sentence and a table", async () => {
    const { api } = renderAdmin("/", { "users.me": staff, ...fakeReports({ sales: SALES }).handlers });

    const chart = await chartNamed("Net sales by day");
    expect(chart.getAttribute("aria-label")).toBe(
      "Net sales by day, 23 Oct 2026 to 21 Nov 2026: €1,550.00 from 3 orders. Highest: 21 Nov 2026, €1,500.00.",
    );
    expect(figure("Orders")).toBe("3");
    expect(figure("Units")).toBe("25");
    expect(figure("Gross")).toBe("€1,560.00");
    expect(figure("Refunds")).toBe("€10.00");
    expect(figure("Net")).toBe("€1,550.00");

    // Every day of the range is a row of the table behind the chart, with the totals under them.
    const table = screen.getByRole("table", { name: /^Net sales by day/ });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 30 + 1);
    const day = within(table).getByRole("rowheader", { name: "3 Nov 2026" }).closest("tr");
    const cells = within(day ?? document.body)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells).toEqual(["2", "24", "€60.00", "€10.00", "€50.00"]);
    expect(within(table).getByRole("rowheader", { name: "Total" }).closest("tr")?.textContent).toContain(
      "€1,550.00",
    );

    expect(api.inputsOf("reports.sales")).toEqual([
      { from: "2026-10-23", to: "2026-11-21", by: "day" },
      { from: "2026-10-23", to: "2026-11-21", by: "species" },
    ]);
  });

  it("keeps the range in the URL and asks for its periods", async () => {
    const { api, router } = renderAdmin("/", {
      "users.me": staff,
      ...fakeReports({ sales: SALES }).handlers,
    });
    await chartNamed("Net sales by day");
    expect((screen.getByRole("radio", { name: "Last 30 days" }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole("radio", { name: "Last 12 weeks" }));
    // Whole weeks from Monday, the current one included.
    await chartNamed("Net sales by week, 31 Aug 2026 to 21 Nov 2026");
    expect(router.state.location.searchStr).toBe("?range=12w");

    fireEvent.click(screen.getByRole("radio", { name: "Last 12 months" }));
    const chart = await chartNamed("Net sales by month, 1 Dec 2025 to 21 Nov 2026");
    expect(chart.getAttribute("aria-label")).toContain(
      "€2,350.00 from 4 orders. Highest: November 2026, €1,550.00.",
    );
    expect(router.state.location.searchStr).toBe("?range=12m");
    await waitFor(() => expect(figure("Orders")).toBe("4"));

    // The default range leaves the URL plain.
    fireEvent.click(screen.getByRole("radio", { name: "Last 30 days" }));
    await chartNamed("Net sales by day");
    expect(router.state.location.searchStr).toBe("");

    const range = (from: string, by: string) => ({ from, to: "2026-11-21", by });
    expect(api.inputsOf("reports.sales")).toEqual([
      range("2026-10-23", "day"),
      range("2026-10-23", "species"),
      range("2026-08-31", "week"),
      range("2026-08-31", "species"),
      range("2025-12-01", "month"),
      range("2025-12-01", "species"),
      // Back at a range seen before: its figures show at once and are checked again.
      range("2026-10-23", "day"),
      range("2026-10-23", "species"),
    ]);
  });

  it("starts from the range in the URL, and from the default when it is not one it knows", async () => {
    renderAdmin("/?range=12m", { "users.me": staff, ...fakeReports({ sales: SALES }).handlers });
    await chartNamed("Net sales by month");
    expect((screen.getByRole("radio", { name: "Last 12 months" }) as HTMLInputElement).checked).toBe(true);
  });

  it("falls back to the last 30 days for a range it does not know", async () => {
    renderAdmin("/?range=forever", { "users.me": staff, ...fakeReports().handlers });
    expect((await chartNamed("Net sales by day")).getAttribute("aria-label")).toBe(
      "Net sales by day, 23 Oct 2026 to 21 Nov 2026: no sales.",
    );
  });

  it("counts days in the shop's time zone once the server names it", async () => {
    // Noon in Dublin is already the 22nd in Auckland.
    const { api } = renderAdmin("/", {
      "users.me": staff,
      ...fakeReports({ sales: SALES, timeZone: "Pacific/Auckland" }).handlers,
    });
    await chartNamed("Net sales by day, 24 Oct 2026 to 22 Nov 2026");
    expect(api.inputsOf("reports.sales")).toContainEqual({ from: "2026-10-24", to: "2026-11-22", by: "day" });
  });

  it("shows sales by species with the shop's names for them, best first", async () => {
    renderAdmin("/", { "users.me": staff, ...fakeReports({ sales: SALES }).handlers });
    const table = await screen.findByRole("table", { name: /^Net sales by species/ });
    const rows = within(table)
      .getAllByRole("rowheader")
      .map((cell) => cell.textContent);
    expect(rows).toEqual(["Dogs", "Fish"]);
    expect(within(table).getByRole("rowheader", { name: "Fish" }).closest("tr")?.textContent).toContain(
      "€50.00",
    );
  });

  it("says when the sales cannot be loaded, and loads them again on request", async () => {
    let failing = true;
    const reports = fakeReports({ sales: SALES }).handlers;
    renderAdmin("/", {
      "users.me": staff,
      ...reports,
      "reports.sales": (input) => {
        if (failing) throw new FakeApiError("INTERNAL_SERVER_ERROR", "Something went wrong.");
        return reports["reports.sales"](input);
      },
    });
    const sales = await screen.findByRole("region", { name: "Sales" });
    const alert = await within(sales).findByRole("alert");
    expect(alert.textContent).toBe("The sales could not be loaded. Try again");
    expect(
      within(await screen.findByRole("region", { name: "Sales by species" })).getByRole("alert").textContent,
    ).toContain("The sales by species could not be loaded.");
    // The rest of the dashboard does not depend on the sales.
    expect(await screen.findByRole("heading", { level: 3, name: /^Payment problems/ })).toBeTruthy();

    failing = false;
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await chartNamed("Net sales by day");
  });
});
