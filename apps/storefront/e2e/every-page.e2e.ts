import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { test } from "./support/fixtures";
import { fillCart } from "./support/shop-data";

// Every page of both apps opens on the build, with its heading and its title, and without a script
// error, a console error or a failed request (the fixtures fail the test on any, and run axe on the
// pages left open). The built apps run on Preact's compatibility layer, not React (decision 024),
// and the other tests follow journeys through some pages only: this one reaches the rest.

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( · |$)`);

/** Opens `path` and waits for its first-level heading, which the page's title must begin with. */
async function opens(page: Page, path: string, heading: string) {
  await page.goto(path);
  await page.getByRole("main").getByRole("heading", { level: 1, name: heading }).waitFor();
  await expect.poll(() => page.title(), { message: `the title of ${path}` }).toMatch(startsWith(heading));
}

describe("every page in Chromium", () => {
  test("opens each page of the shop, for a visitor and for a customer", async ({
    page,
    customer,
    placedOrder,
  }) => {
    await opens(page, "/", "Our animals");
    await opens(page, "/animals/pepper", "Pepper");
    await opens(page, "/login", "Sign in");
    await opens(page, "/register", "Create an account");
    await opens(page, "/forgot-password", "Forgot your password?");
    await opens(page, "/no-such-page", "We could not find that page");

    // The order took what was in the cart; put one animal back for the cart and checkout.
    await fillCart(customer.session.client, 1);
    const signedIn = customer.page;
    await opens(signedIn, "/account", "Your account");
    await opens(signedIn, "/cart", "Your cart");
    await opens(signedIn, "/checkout", "Checkout");
    await opens(signedIn, "/account/orders", "Your orders");
    await opens(signedIn, placedOrder.path, placedOrder.title);
  });

  test("opens each page of the staff app", async ({ staff, placedOrder }) => {
    const { page, api } = staff;
    const { id } = await api.animals.bySlug.query({ slug: "pepper" });
    await opens(page, "/admin/", "Dashboard");
    await opens(page, "/admin/inventory", "Inventory");
    await opens(page, "/admin/animals/new", "New listing");
    await opens(page, `/admin/animals/${id}`, "Pepper");
    await opens(page, "/admin/orders", "Orders");
    await opens(page, `/admin/orders/${placedOrder.id}`, placedOrder.title);
    await opens(page, "/admin/users", "Users");
    await opens(page, "/admin/tokens", "API tokens");
  });
});
