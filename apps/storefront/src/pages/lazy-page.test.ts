import { describe, expect, it } from "vitest";
import { lazyPage } from "./lazy-page";

describe("lazyPage", () => {
  it("names the page's file from the app's root, as Vite's manifest does", () => {
    const { staticData } = lazyPage("./cart/CartPage.tsx", "CartPage");
    expect(staticData.pageModule).toBe("src/pages/cart/CartPage.tsx");
    expect(Object.keys(import.meta.glob("/src/pages/*/*Page.tsx"))).toContain(`/${staticData.pageModule}`);
  });

  it("refuses a file that is no page loading on first visit", () => {
    expect(() => lazyPage("./cart/CartPag.tsx", "CartPage")).toThrow(/No page at \.\/cart\/CartPag\.tsx/);
    // The home page is in the first load, never on demand.
    expect(() => lazyPage("./catalogue/CataloguePage.tsx", "CataloguePage")).toThrow(/No page/);
  });
});
