import { FakeApiError } from "@petshop/ui/testing";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeAnimal } from "../test-support/fixtures";
import { renderStorefront } from "../test-support/render";

describe("the animal page", () => {
  it("shows the animal's facts, price and description", async () => {
    const { api } = renderStorefront("/animals/biscuit", {
      "animals.bySlug": ({ slug }) => ({
        ...fakeAnimal({
          slug,
          name: "Biscuit",
          breed: "Labrador Retriever",
          sex: "male",
          birthDate: "2026-09-12",
        }),
        description: "A cheerful puppy.",
        updatedAt: "2026-11-20T10:00:00.000Z",
      }),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Biscuit" })).toBeTruthy();
    expect(api.inputsOf("animals.bySlug")).toEqual([{ slug: "biscuit" }]);
    expect(screen.getByText("A cheerful puppy.")).toBeTruthy();
    expect(screen.getByText("Male")).toBeTruthy();
    expect(screen.getByText("12 September 2026")).toBeTruthy();
    expect(screen.getByRole("img", { name: "A golden puppy" })).toBeTruthy();
  });

  it("says so when the animal does not exist", async () => {
    renderStorefront("/animals/nobody", {
      "animals.bySlug": () => {
        throw new FakeApiError("NOT_FOUND");
      },
    });
    expect(await screen.findByRole("heading", { name: "We could not find that animal" })).toBeTruthy();
  });
});
