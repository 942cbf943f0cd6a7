import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { letChartsDraw } from "../test-support/chart-room";
import { fakeReports } from "../test-support/fake-reports";
import { fakeLowStockAnimal, fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

letChartsDraw();

const lowStock = async () =>
  within(await screen.findByRole("region", { name: "Low stock" })).findByRole("table", {
    name: "Listings on sale with fewer than 3 units, fewest first",
  });

describe("the dashboard's low stock list", () => {
  it("lists listings on sale under 3 units, fewest first, each linking to its edit page", async () => {
    const tetras = fakeLowStockAnimal({ name: "Neon tetras", species: "fish", stock: 2 });
    const honey = fakeLowStockAnimal({ name: "Honey", stock: 0 });
    const { api } = renderAdmin("/", {
      "users.me": () => fakeMe("staff"),
      ...fakeReports({ lowStock: [tetras, honey, fakeLowStockAnimal({ name: "Plenty", stock: 12 })] })
        .handlers,
    });
    const table = await lowStock();
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ["Honey", "Dogs", "Sold out"],
      ["Neon tetras", "Fish", "2"],
    ]);
    expect(within(table).getByRole("link", { name: "Neon tetras" }).getAttribute("href")).toBe(
      `/admin/animals/${tetras.id}`,
    );
    expect(api.inputsOf("reports.lowStock")).toEqual([{ below: 3, limit: 10 }]);
  });

  it("shows the first 10, says there are more, and leads to the inventory's active listings", async () => {
    const many = Array.from({ length: 12 }, (_, i) => fakeLowStockAnimal({ name: `Pup ${i + 10}` }));
    renderAdmin("/", { "users.me": () => fakeMe("staff"), ...fakeReports({ lowStock: many }).handlers });
    const table = await lowStock();
    expect(within(table).getAllByRole("link")).toHaveLength(10);
    const region = screen.getByRole("region", { name: "Low stock" });
    expect(region.textContent).toContain("The 10 with fewest units; more are running low.");
    expect(
      within(region).getByRole("link", { name: "Active listings in the inventory" }).getAttribute("href"),
    ).toBe("/admin/inventory?status=active");
  });

  it("says when nothing is running low", async () => {
    renderAdmin("/", { "users.me": () => fakeMe("staff"), ...fakeReports().handlers });
    const region = await screen.findByRole("region", { name: "Low stock" });
    expect(await within(region).findByText("Nothing on sale is running low.")).toBeTruthy();
  });
});
