import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeAnimal, fakeFacets } from "../test-support/fixtures";
import { renderStorefront } from "../test-support/render";

// Moving around the shop as a screen reader or a keyboard does: each page names itself in the
// title, focus lands on the new page's heading, a card's link starts with the animal's name, and
// "Show more" hands focus to the first animal that arrived.

const biscuit = fakeAnimal({ name: "Biscuit", slug: "biscuit" });
const detail = { ...biscuit, description: "A cheerful puppy.", updatedAt: "2026-11-20T10:00:00.000Z" };

describe("navigating the shop", () => {
  it("titles each page after its heading and focuses the new page's heading", async () => {
    renderStorefront("/", {
      "animals.list": () => ({ items: [biscuit], nextCursor: null }),
      "animals.facets": () => fakeFacets({ total: 1 }),
      "animals.bySlug": () => detail,
    });
    const card = await screen.findByRole("link", { name: /^Biscuit/ });
    // The heading's count ("1 animal") is for the page, not the title.
    await screen.findByRole("heading", { level: 1, name: /^Our animals \d+ animals?$/ });
    expect(document.title).toBe("Our animals · Paws & Fins");

    fireEvent.click(card);
    const heading = await screen.findByRole("heading", { level: 1, name: "Biscuit" });
    await waitFor(() => expect(document.title).toBe("Biscuit · Paws & Fins"));
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it("moves focus to the first new animal after Show more", async () => {
    const first = Array.from({ length: 2 }, (_, i) => fakeAnimal({ name: `First ${i}` }));
    const more = [fakeAnimal({ name: "Newcomer" })];
    renderStorefront("/", {
      "animals.list": ({ cursor }) =>
        cursor ? { items: more, nextCursor: null } : { items: first, nextCursor: "next-page" },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Show more animals" }));
    const newcomer = await screen.findByRole("link", { name: /^Newcomer/ });
    await waitFor(() => expect(document.activeElement).toBe(newcomer));
  });
});
