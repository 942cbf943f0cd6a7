import { describe } from "vitest";
import { test } from "./support/fixtures";

// A staff member edits a listing in the admin app, and the shop shows the change. Other tests'
// orders may have taken stock of these listings, so stock is compared with what it was.

describe("the inventory in Chromium", () => {
  test("lets staff find a listing, change its price and adjust its stock", async ({ staff }) => {
    const { page } = staff;
    const { stock } = await staff.api.animals.bySlug.query({ slug: "biscuit" });
    await page.goto("/admin/inventory");
    await page.getByLabel("Search").fill("Biscuit");
    await page.getByRole("link", { name: "Biscuit", exact: true }).click();
    const price = page.getByLabel(/^Price/);
    await price.fill("1234.50");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText(/saved/i).first().waitFor();

    await page.getByLabel("Change by").fill("2");
    await page.getByLabel("Reason").fill("Two more from the litter");
    await page.getByRole("button", { name: "Adjust stock" }).click();
    await page.getByText(`Stock is now ${stock + 2}.`).waitFor();
  });

  test("shows a listing's new price in the shop", async ({ staffApi, page }) => {
    const { id } = await staffApi.animals.bySlug.query({ slug: "pepper" });
    const listing = await staffApi.animals.byId.query({ id });
    await staffApi.animals.update.mutate({ ...listing, priceMinor: 98_765 });

    // A visitor who had the page open keeps it up to 30 s (catalogue caching, decision 007): this
    // one arrives after the change.
    await page.goto("/animals/pepper");
    await page.getByRole("heading", { level: 1, name: "Pepper" }).waitFor();
    await page.getByText("€987.65").first().waitFor();
  });
});
