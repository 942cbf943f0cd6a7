import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeInventory } from "../test-support/fake-inventory";
import { fakeAnimal, fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

function renderEditPage(animal = fakeAnimal()) {
  const inventory = fakeInventory(animal);
  const { api } = renderAdmin(`/animals/${animal.id}`, {
    "users.me": () => fakeMe("staff"),
    ...inventory.handlers,
  });
  return { api, inventory, id: animal.id };
}

function fillIn(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** The message tied to a field (its aria-describedby). */
const describedBy = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");

describe("the listing page", () => {
  it("saves an edit named by the version it was loaded at", async () => {
    const { api, inventory, id } = renderEditPage(fakeAnimal({ name: "Honey", priceMinor: 150000 }));
    await screen.findByRole("heading", { name: "Honey" });
    expect(field("Price (EUR)").value).toBe("1500.00");
    fillIn("Price (EUR)", "1450");
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));

    await screen.findByText("Changes saved.");
    expect(api.inputsOf("animals.update")).toEqual([
      expect.objectContaining({ id, version: 1, priceMinor: 145000, currency: "EUR", images: [] }),
    ]);
    expect(inventory.get(id).priceMinor).toBe(145000);
    expect(field("Price (EUR)").value).toBe("1450.00");
  });

  it("keeps someone else's save: the conflict is shown and reloading brings in their version", async () => {
    const { api, inventory, id } = renderEditPage(fakeAnimal({ name: "Honey" }));
    await screen.findByRole("heading", { name: "Honey" });
    inventory.saveAsSomeoneElse(id, { name: "Honey Bee", breed: "Labrador" });

    fillIn("Name", "Honey II");
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Someone else saved this listing after you opened it.");
    expect(alert.textContent).toContain("Your changes were not saved");
    expect((screen.getByRole("button", { name: "Save changes" }) as HTMLButtonElement).disabled).toBe(true);
    expect(field("Name").value).toBe("Honey II");
    expect(inventory.get(id).name).toBe("Honey Bee");

    const loads = api.inputsOf("animals.byId").length;
    fireEvent.click(within(alert).getByRole("button", { name: "Reload their version" }));
    await waitFor(() => expect(field("Name").value).toBe("Honey Bee"));
    expect(api.inputsOf("animals.byId")).toHaveLength(loads + 1);
    expect(field("Breed").value).toBe("Labrador");
    expect(screen.queryByRole("alert")).toBeNull();

    fillIn("Name", "Honey II");
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await screen.findByText("Changes saved.");
    expect(api.inputsOf("animals.update")).toEqual([
      expect.objectContaining({ name: "Honey II", version: 1 }),
      expect.objectContaining({ name: "Honey II", breed: "Labrador", version: 2 }),
    ]);
  });

  it("asks before taking a listing off sale, and publishes without asking", async () => {
    const { api, id } = renderEditPage(fakeAnimal({ name: "Honey", status: "draft" }));
    await screen.findByRole("heading", { name: "Status: Draft" });

    fireEvent.click(screen.getByRole("button", { name: "Archive" }));
    const dialog = screen.getByRole("dialog", { name: "Archive listing?" });
    expect(dialog.textContent).toContain("Honey leaves the shop at once");
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.inputsOf("animals.setStatus")).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Archive" }));
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Archive listing" }));
    await screen.findByRole("heading", { name: "Status: Archived" });

    fireEvent.click(screen.getByRole("button", { name: "Publish" }));
    await screen.findByRole("heading", { name: "Status: Active" });
    expect(api.inputsOf("animals.setStatus")).toEqual([
      { id, status: "archived" },
      { id, status: "active" },
    ]);

    // Back to draft takes it off sale too, so it asks as well.
    fireEvent.click(screen.getByRole("button", { name: "Back to draft" }));
    const back = screen.getByRole("dialog", { name: "Back to draft?" });
    expect(back.textContent).toContain("Honey leaves the shop at once");
    expect(api.inputsOf("animals.setStatus")).toHaveLength(2);
    fireEvent.click(within(back).getByRole("button", { name: "Back to draft" }));
    await screen.findByRole("heading", { name: "Status: Draft" });
    expect(api.inputsOf("animals.setStatus").at(-1)).toEqual({ id, status: "draft" });
  });

  it("shows the server's refusal to go below zero under the amount, then adjusts", async () => {
    const { api, id } = renderEditPage(fakeAnimal({ stock: 2 }));
    await screen.findByText("In stock:", { exact: false });
    const stock = within(screen.getByRole("region", { name: "Stock" }));

    fireEvent.click(stock.getByRole("button", { name: "Adjust stock" }));
    await waitFor(() => expect(stock.getByLabelText("Reason").getAttribute("aria-invalid")).toBe("true"));
    expect(describedBy(stock.getByLabelText("Reason"))).toContain("Say why the stock changes");
    expect(api.inputsOf("animals.adjustStock")).toEqual([]);

    fillIn("Change by", "-3");
    fillIn("Reason", "Sold in the shop");
    fireEvent.click(stock.getByRole("button", { name: "Adjust stock" }));
    await waitFor(() =>
      expect(describedBy(stock.getByLabelText("Change by"))).toContain(
        "Only 2 in stock: it cannot go below zero.",
      ),
    );

    fillIn("Change by", "-1");
    fireEvent.click(stock.getByRole("button", { name: "Adjust stock" }));
    await stock.findByText("Stock is now 1.");
    expect(stock.getByText("In stock:", { exact: false }).textContent).toBe("In stock: 1");
    expect(api.inputsOf("animals.adjustStock")).toEqual([
      { id, delta: -3, reason: "Sold in the shop" },
      { id, delta: -1, reason: "Sold in the shop" },
    ]);
  });

  it("does not count its own stock change as someone else's save", async () => {
    const { api } = renderEditPage(fakeAnimal({ name: "Honey", stock: 1 }));
    await screen.findByRole("heading", { name: "Honey" });
    fillIn("Name", "Honey the Second");
    fillIn("Change by", "4");
    fillIn("Reason", "Litter arrived");
    fireEvent.click(screen.getByRole("button", { name: "Adjust stock" }));
    await screen.findByText("Stock is now 5.");

    expect(field("Name").value).toBe("Honey the Second");
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await screen.findByText("Changes saved.");
    expect(api.inputsOf("animals.update")).toEqual([expect.objectContaining({ version: 2 })]);
  });

  it("says so when there is no listing at the address", async () => {
    renderAdmin("/animals/00000000-0000-4000-8000-00000000dead", {
      "users.me": () => fakeMe("staff"),
      ...fakeInventory().handlers,
    });
    expect(await screen.findByRole("heading", { name: "Listing not found" })).toBeTruthy();
  });
});
