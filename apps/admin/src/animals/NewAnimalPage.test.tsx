import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeInventory } from "../test-support/fake-inventory";
import { fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

function fillIn(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The message tied to a field (its aria-describedby), once the field is marked invalid. */
async function errorOf(label: string) {
  const field = screen.getByLabelText(label);
  await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ");
  return ids.map((id) => document.getElementById(id)?.textContent).join(" ");
}

describe("the new listing page", () => {
  it("shows what is wrong under each field without calling the API", async () => {
    const { api } = renderAdmin("/animals/new", { "users.me": () => fakeMe("staff") });
    await screen.findByRole("heading", { name: "New listing" });
    fillIn("Price (EUR)", "12.345");
    fillIn("Stock", "");
    fireEvent.click(screen.getByRole("button", { name: "Create listing" }));

    expect(await errorOf("Name")).toBe("Enter a name");
    expect(await errorOf("Breed")).toBe("Enter a breed");
    expect(await errorOf("Birth date")).toBe("Enter a date like 2026-05-01");
    expect(await errorOf("Price (EUR)")).toContain("Enter a price in euros, like 1200 or 1199.50");
    expect(await errorOf("Stock")).toContain("Enter a whole number from 0 to 100,000");

    fillIn("Price (EUR)", "2000000");
    fireEvent.click(screen.getByRole("button", { name: "Create listing" }));
    await waitFor(async () => expect(await errorOf("Price (EUR)")).toContain("from 0 to 1,000,000.00"));
    expect(api.inputsOf("animals.create")).toEqual([]);
  });

  it("creates a draft priced in cents, then opens its page", async () => {
    const inventory = fakeInventory();
    const { api, router } = renderAdmin("/animals/new", {
      "users.me": () => fakeMe("staff"),
      ...inventory.handlers,
    });
    await screen.findByRole("heading", { name: "New listing" });
    fillIn("Name", " Miso ");
    fillIn("Breed", "British Shorthair");
    fireEvent.change(screen.getByLabelText("Species"), { target: { value: "cat" } });
    fireEvent.change(screen.getByLabelText("Sex"), { target: { value: "male" } });
    fillIn("Birth date", "2026-07-01");
    fillIn("Price (EUR)", "899,5");
    fillIn("Stock", "2");
    fillIn("Description", "Calm and curious.");
    fireEvent.click(screen.getByRole("button", { name: "Create listing" }));

    expect(await screen.findByRole("heading", { name: "Miso" })).toBeTruthy();
    expect(api.inputsOf("animals.create")).toEqual([
      {
        name: "Miso",
        species: "cat",
        breed: "British Shorthair",
        sex: "male",
        birthDate: "2026-07-01",
        description: "Calm and curious.",
        priceMinor: 89950,
        currency: "EUR",
        images: [],
        stock: 2,
      },
    ]);
    const [created] = inventory.all();
    expect(router.state.location.pathname).toBe(`/animals/${created?.id}`);
    expect(screen.getByText("Status: Draft")).toBeTruthy();
  });

  it("shows the server's field errors under their fields", async () => {
    renderAdmin("/animals/new", {
      "users.me": () => fakeMe("staff"),
      "animals.create": () => {
        throw new FakeApiError("BAD_REQUEST", "Invalid input", { fieldErrors: { breed: ["Unknown breed"] } });
      },
    });
    await screen.findByRole("heading", { name: "New listing" });
    fillIn("Name", "Miso");
    fillIn("Breed", "Cat");
    fillIn("Birth date", "2026-07-01");
    fillIn("Price (EUR)", "100");
    fireEvent.click(screen.getByRole("button", { name: "Create listing" }));
    expect(await errorOf("Breed")).toBe("Unknown breed");
  });
});
