import { FakeApiError, type Handlers } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeCart, fakeCartLine, withQuantity } from "../../test-support/fake-cart";
import { renderStorefront } from "../../test-support/render";

type Line = ReturnType<typeof fakeCartLine>;

const header = () => within(screen.getByRole("banner"));
const lineOf = (name: string) => {
  const item = screen.getByRole("link", { name }).closest("li");
  if (!item) throw new Error(`no cart line for ${name}`);
  return within(item);
};

/** A cart on the fake server that the page can change. */
function cartHandlers(start: Line[]): Handlers {
  let lines = start;
  return {
    "cart.get": () => fakeCart(lines),
    "cart.setQuantity": ({ animalId, quantity }) => {
      lines = lines.map((line) => (line.animalId === animalId ? withQuantity(line, quantity) : line));
      return fakeCart(lines);
    },
    "cart.remove": ({ animalId }) => {
      lines = lines.filter((line) => line.animalId !== animalId);
      return fakeCart(lines);
    },
  };
}

describe("the cart page", () => {
  it("shows each line with its picture, price and total, and the subtotal", async () => {
    const neon = fakeCartLine({ name: "Neon tetra", unitPriceMinor: 299, quantity: 3, available: 40 });
    const biscuit = fakeCartLine({ name: "Biscuit", unitPriceMinor: 120000 });
    renderStorefront("/cart", cartHandlers([neon, biscuit]));
    expect(await screen.findByRole("heading", { level: 1, name: "Your cart 4 items" })).toBeTruthy();
    expect(lineOf("Neon tetra").getByText("€2.99 each")).toBeTruthy();
    expect(lineOf("Neon tetra").getByText("€8.97")).toBeTruthy();
    expect(lineOf("Neon tetra").getByRole("img", { name: "A golden puppy" })).toBeTruthy();
    // One puppy: nothing to choose.
    expect(lineOf("Biscuit").queryByRole("combobox")).toBeNull();
    const summary = within(screen.getByRole("complementary", { name: "Summary" }));
    expect(summary.getByText("€1,208.97")).toBeTruthy();
    expect(summary.getByRole("link", { name: "Check out" }).getAttribute("href")).toBe("/checkout");
  });

  it("changes a quantity, within what is available, and shows the new totals everywhere", async () => {
    const neon = fakeCartLine({ name: "Neon tetra", unitPriceMinor: 299, quantity: 2, available: 12 });
    const { api } = renderStorefront("/cart", cartHandlers([neon]));
    const quantity = await screen.findByRole("combobox", { name: "Quantity of Neon tetra" });
    expect(within(quantity).getAllByRole("option")).toHaveLength(12);
    fireEvent.change(quantity, { target: { value: "5" } });

    expect(await header().findByRole("link", { name: "Cart 5 items" })).toBeTruthy();
    expect(lineOf("Neon tetra").getByText("€14.95")).toBeTruthy();
    expect(
      (screen.getByRole("combobox", { name: "Quantity of Neon tetra" }) as HTMLSelectElement).value,
    ).toBe("5");
    expect(api.inputsOf("cart.setQuantity")).toEqual([{ animalId: neon.animalId, quantity: 5 }]);
  });

  it("flags lines that cannot be bought, with the fix, and opens checkout once they are fixed", async () => {
    const biscuit = fakeCartLine({ name: "Biscuit", unitPriceMinor: 95000 });
    const honey = fakeCartLine({ name: "Honey", available: 0 });
    const neon = fakeCartLine({ name: "Neon tetra", unitPriceMinor: 299, quantity: 5, available: 3 });
    const { api } = renderStorefront("/cart", cartHandlers([biscuit, honey, neon]));
    await screen.findByRole("heading", { level: 1, name: /Your cart/ });

    expect(lineOf("Honey").getByText("No longer available.")).toBeTruthy();
    expect(lineOf("Honey").queryByRole("combobox")).toBeNull();
    expect(lineOf("Neon tetra").getByText("Only 3 left.")).toBeTruthy();
    expect(lineOf("Neon tetra").getByText(/You have 5 in your cart/)).toBeTruthy();
    // The quantity shows what the cart holds, though it can no longer be chosen.
    const quantity = lineOf("Neon tetra").getByRole("combobox", { name: "Quantity of Neon tetra" });
    expect((quantity as HTMLSelectElement).value).toBe("5");
    // Only what can be bought counts.
    const summary = within(screen.getByRole("complementary", { name: "Summary" }));
    expect(summary.getByText("€950.00")).toBeTruthy();
    const checkout = summary.getByRole("button", { name: "Check out" }) as HTMLButtonElement;
    expect(checkout.disabled).toBe(true);
    expect(checkout.getAttribute("aria-describedby")).toBeTruthy();
    expect(summary.getByText("Fix the lines marked above to check out.")).toBeTruthy();

    fireEvent.click(lineOf("Neon tetra").getByRole("button", { name: "Change to 3 (Neon tetra)" }));
    await waitFor(() => expect(screen.queryByText("Only 3 left.")).toBeNull());
    fireEvent.click(lineOf("Honey").getByRole("button", { name: "Remove Honey" }));
    await waitFor(() => expect(screen.queryByRole("link", { name: "Honey" })).toBeNull());

    expect((await summary.findByRole("link", { name: "Check out" })).getAttribute("href")).toBe("/checkout");
    expect(summary.getByText("€958.97")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
    expect(api.inputsOf("cart.setQuantity")).toEqual([{ animalId: neon.animalId, quantity: 3 }]);
    expect(api.inputsOf("cart.remove")).toEqual([{ animalId: honey.animalId }]);
  });

  it("shows the shop's refusal and what the cart holds now", async () => {
    let lines = [fakeCartLine({ name: "Neon tetra", unitPriceMinor: 299, quantity: 2, available: 12 })];
    renderStorefront("/cart", {
      "cart.get": () => fakeCart(lines),
      "cart.setQuantity": () => {
        // Someone bought most of the shoal meanwhile.
        lines = lines.map((line) => fakeCartLine({ ...line, available: 1 }));
        throw new FakeApiError("CONFLICT", "Only 1 available; you asked for 8.");
      },
    });
    fireEvent.change(await screen.findByRole("combobox", { name: "Quantity of Neon tetra" }), {
      target: { value: "8" },
    });
    expect((await screen.findByRole("alert")).textContent).toBe("Only 1 available; you asked for 8.");
    expect(await screen.findByText("Only 1 left.")).toBeTruthy();
  });

  it("says when the cart is empty, and leads back to the animals", async () => {
    renderStorefront("/cart", {});
    expect(await screen.findByRole("heading", { level: 1, name: "Your cart is empty" })).toBeTruthy();
    expect(within(screen.getByRole("main")).getByRole("link", { name: "See all animals" })).toBeTruthy();
  });
});
