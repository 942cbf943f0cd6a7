import { FakeApiError, type Handlers } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeCart, fakeCartLine } from "../../test-support/fake-cart";
import { fakeAnimal } from "../../test-support/fixtures";
import { renderStorefront } from "../../test-support/render";

const header = () => within(screen.getByRole("banner"));

type Animal = ReturnType<typeof fakeAnimal>;

/** A cart on the fake server that takes what the page adds, up to each animal's stock. */
function cartOf(animals: Animal[]): Handlers {
  const lines: ReturnType<typeof fakeCartLine>[] = [];
  return {
    "cart.get": () => fakeCart(lines),
    "cart.add": ({ animalId, quantity = 1 }) => {
      const animal = animals.find((candidate) => candidate.id === animalId);
      if (!animal) throw new FakeApiError("NOT_FOUND");
      const index = lines.findIndex((line) => line.animalId === animalId);
      const line = fakeCartLine({
        animalId,
        name: animal.name,
        slug: animal.slug,
        unitPriceMinor: animal.priceMinor,
        available: animal.stock,
        quantity: (lines[index]?.quantity ?? 0) + quantity,
      });
      if (index === -1) lines.push(line);
      else lines[index] = line;
      return fakeCart(lines);
    },
  };
}

const detail = (animal: Animal) => ({
  ...animal,
  description: "A fine animal.",
  updatedAt: "2026-11-20T10:00:00.000Z",
});

describe("adding to the cart", () => {
  it("adds an animal from its card, counts it in the header and says it is in the cart", async () => {
    const biscuit = fakeAnimal({ name: "Biscuit", stock: 1 });
    const neon = fakeAnimal({ name: "Neon shoal", species: "fish", stock: 40, priceMinor: 299 });
    const honey = fakeAnimal({ name: "Honey", stock: 0 });
    const { api } = renderStorefront("/", {
      "animals.list": () => ({ items: [biscuit, neon, honey], nextCursor: null }),
      ...cartOf([biscuit, neon, honey]),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Add to cart: Biscuit" }));
    expect(await header().findByRole("link", { name: "Cart 1 item" })).toBeTruthy();
    // All there is of Biscuit is in the cart now: the card links there instead of adding more.
    const inCart = await screen.findByRole("link", { name: "In your cart: Biscuit. View cart" });
    expect(inCart.getAttribute("href")).toBe("/cart");
    expect(document.activeElement).toBe(inCart);
    expect(screen.queryByRole("button", { name: "Add to cart: Biscuit" })).toBeNull();

    // A shoal can be added again, and the card says how many are in already.
    fireEvent.click(screen.getByRole("button", { name: "Add to cart: Neon shoal" }));
    expect(await header().findByRole("link", { name: "Cart 2 items" })).toBeTruthy();
    expect(screen.getByText("1 in cart")).toBeTruthy();

    expect((screen.getByRole("button", { name: "Sold out: Honey" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(api.inputsOf("cart.add")).toEqual([
      { animalId: biscuit.id, quantity: 1 },
      { animalId: neon.id, quantity: 1 },
    ]);
  });

  it("says why the shop refused, on the card", async () => {
    const biscuit = fakeAnimal({ name: "Biscuit", stock: 1 });
    renderStorefront("/", {
      "animals.list": () => ({ items: [biscuit], nextCursor: null }),
      "cart.add": () => {
        throw new FakeApiError("CONFLICT", "Sorry, this animal has just been sold out.");
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Add to cart: Biscuit" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Sorry, this animal has just been sold out.");
  });

  it("picks how many on the animal page when there are several", async () => {
    const neon = fakeAnimal({ name: "Neon shoal", slug: "neon-shoal", species: "fish", stock: 40 });
    const { api } = renderStorefront("/animals/neon-shoal", {
      "animals.bySlug": () => detail(neon),
      ...cartOf([neon]),
    });
    const quantity = await screen.findByRole("combobox", { name: "Quantity" });
    expect(within(quantity).getAllByRole("option")).toHaveLength(40);
    fireEvent.change(quantity, { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Add to cart" }));

    await waitFor(() =>
      expect(
        screen
          .getAllByRole("status")
          .map((status) => status.textContent)
          .includes("Added 5 × Neon shoal to your cart."),
      ).toBe(true),
    );
    expect(header().getByRole("link", { name: "Cart 5 items" })).toBeTruthy();
    expect(screen.getByText(/5 already in your cart/)).toBeTruthy();
    // Only what is left can be chosen next.
    expect(within(screen.getByRole("combobox", { name: "Quantity" })).getAllByRole("option")).toHaveLength(
      35,
    );
    expect(api.inputsOf("cart.add")).toEqual([{ animalId: neon.id, quantity: 5 }]);
  });

  it("offers no quantity for a single animal", async () => {
    const biscuit = fakeAnimal({ name: "Biscuit", slug: "biscuit", stock: 1 });
    renderStorefront("/animals/biscuit", { "animals.bySlug": () => detail(biscuit), ...cartOf([biscuit]) });
    await screen.findByRole("button", { name: "Add to cart" });
    expect(screen.queryByRole("combobox", { name: "Quantity" })).toBeNull();
  });

  it("says a sold-out animal cannot be added", async () => {
    const honey = fakeAnimal({ name: "Honey", slug: "honey", stock: 0 });
    renderStorefront("/animals/honey", { "animals.bySlug": () => detail(honey) });
    const button = await screen.findByRole("button", { name: "Sold out" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "Add to cart" })).toBeNull();
  });

  it("adds one, however fast the clicks: a double click on a card is one unit", async () => {
    const neon = fakeAnimal({ name: "Neon shoal", species: "fish", stock: 40, priceMinor: 299 });
    const { api } = renderStorefront("/", {
      "animals.list": () => ({ items: [neon], nextCursor: null }),
      ...cartOf([neon]),
    });
    const button = await screen.findByRole("button", { name: "Add to cart: Neon shoal" });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await header().findByRole("link", { name: "Cart 1 item" })).toBeTruthy();
    expect(await screen.findByText("1 in cart")).toBeTruthy();
    expect(api.inputsOf("cart.add")).toHaveLength(1);
  });
});
