import type { RouterOutputs } from "@petshop/client/react";
import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { accountOf, fakeAccount, fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

type Account = RouterOutputs["users"]["list"]["items"][number];

const admin = fakeMe("admin", { email: "boss@example.com", name: "Bo Boss" });

/** Row of the account with this email. */
const rowOf = async (email: string) => {
  const row = (await screen.findByText(email, { selector: "td" })).closest("tr");
  if (!row) throw new Error(`no row for ${email}`);
  return row;
};

describe("the users page", () => {
  it("lists accounts and searches by the term typed, once typing pauses", async () => {
    const ann = fakeAccount({ email: "ann@example.com", name: "Ann", role: "staff" });
    const bob = fakeAccount({
      email: "bob@example.com",
      name: "Bob",
      disabledAt: "2026-11-15T12:00:00.000Z",
    });
    const { api } = renderAdmin("/users", {
      "users.me": () => admin,
      "users.list": (input) => ({
        items: input.search ? [ann] : [ann, bob, accountOf(admin)],
        nextCursor: null,
      }),
    });
    const bobRow = await rowOf("bob@example.com");
    expect(bobRow.textContent).toContain("Disabled");
    expect((within(await rowOf("ann@example.com")).getByRole("combobox") as HTMLSelectElement).value).toBe(
      "staff",
    );

    const search = screen.getByLabelText("Search by email or name");
    fireEvent.change(search, { target: { value: "a" } });
    fireEvent.change(search, { target: { value: "an" } });
    fireEvent.change(search, { target: { value: "ann " } });
    await waitFor(() => expect(screen.queryByText("bob@example.com", { selector: "td" })).toBeNull());
    expect(api.inputsOf("users.list")).toEqual([
      { limit: 50, direction: "forward" },
      { search: "ann", limit: 50, direction: "forward" },
    ]);
  });

  it("keeps the search in the URL, so a shared link opens on the same accounts", async () => {
    const ann = fakeAccount({ email: "ann@example.com", name: "Ann" });
    const { api, router } = renderAdmin("/users?q=ann", {
      "users.me": () => admin,
      "users.list": (input) => ({ items: input.search === "ann" ? [ann] : [], nextCursor: null }),
    });
    await rowOf("ann@example.com");
    expect((screen.getByLabelText("Search by email or name") as HTMLInputElement).value).toBe("ann");
    expect(api.inputsOf("users.list")).toEqual([{ search: "ann", limit: 50, direction: "forward" }]);

    fireEvent.change(screen.getByLabelText("Search by email or name"), { target: { value: "" } });
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    expect(await screen.findByText("There are no accounts yet.")).toBeTruthy();
  });

  it("loads the next page with the cursor of the last", async () => {
    const { api } = renderAdmin("/users", {
      "users.me": () => admin,
      "users.list": (input) =>
        input.cursor
          ? { items: [fakeAccount({ email: "second@example.com" })], nextCursor: null }
          : { items: [fakeAccount({ email: "first@example.com" })], nextCursor: "cursor-1" },
    });
    await rowOf("first@example.com");
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await rowOf("second@example.com");
    expect(api.inputsOf("users.list")).toEqual([
      { limit: 50, direction: "forward" },
      { limit: 50, direction: "forward", cursor: "cursor-1" },
    ]);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  it("asks before disabling an account, then disables it and refreshes the list", async () => {
    let bob: Account = fakeAccount({ email: "bob@example.com", name: "Bob" });
    const { api } = renderAdmin("/users", {
      "users.me": () => admin,
      "users.list": () => ({ items: [bob], nextCursor: null }),
      "users.setDisabled": (input) => {
        bob = { ...bob, disabledAt: input.disabled ? "2026-11-21T12:00:00.000Z" : null };
        return bob;
      },
    });
    const row = await rowOf("bob@example.com");
    fireEvent.click(within(row).getByRole("button", { name: "Disable bob@example.com" }));
    const dialog = screen.getByRole("dialog", { name: "Disable account?" });
    expect(dialog.textContent).toContain("signed out everywhere");
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.inputsOf("users.setDisabled")).toEqual([]);

    fireEvent.click(within(row).getByRole("button", { name: "Disable bob@example.com" }));
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Disable account" }));
    await waitFor(() =>
      expect(within(row).getByRole("button", { name: "Enable bob@example.com" })).toBeTruthy(),
    );
    expect(row.textContent).toContain("Disabled");
    expect(api.inputsOf("users.setDisabled")).toEqual([{ id: bob.id, disabled: true }]);
    expect(api.inputsOf("users.list")).toHaveLength(2);
  });

  it("asks before changing a role and shows a refusal in the row", async () => {
    const ann = fakeAccount({ email: "ann@example.com", name: "Ann", role: "staff" });
    const { api } = renderAdmin("/users", {
      "users.me": () => admin,
      "users.list": () => ({ items: [ann], nextCursor: null }),
      "users.setRole": () => {
        throw new FakeApiError("CONFLICT", "You cannot change the role of your own account.");
      },
    });
    const select = within(await rowOf("ann@example.com")).getByRole("combobox", {
      name: "Role of ann@example.com",
    });
    fireEvent.change(select, { target: { value: "admin" } });
    const dialog = screen.getByRole("dialog", { name: "Change role?" });
    expect(dialog.textContent).toContain("will be admin instead of staff");
    expect(api.inputsOf("users.setRole")).toEqual([]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Make admin" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "ann@example.com: You cannot change the role of your own account.",
    );
    expect(api.inputsOf("users.setRole")).toEqual([{ id: ann.id, role: "admin" }]);
    expect((select as HTMLSelectElement).value).toBe("staff");
  });

  it("does not let admins change their own account", async () => {
    renderAdmin("/users", {
      "users.me": () => admin,
      "users.list": () => ({ items: [accountOf(admin)], nextCursor: null }),
    });
    const row = await rowOf("boss@example.com");
    expect(row.textContent).toContain("You");
    expect((within(row).getByRole("combobox") as HTMLSelectElement).disabled).toBe(true);
    expect((within(row).getByRole("button", { name: /Disable/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
