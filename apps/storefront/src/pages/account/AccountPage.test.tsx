import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeAccount, fakeSession } from "../../test-support/fixtures";
import { fieldError, fill } from "../../test-support/forms";
import { renderStorefront } from "../../test-support/render";

const header = () => within(screen.getByRole("banner"));
const main = () => within(screen.getByRole("main"));

describe("the account page", () => {
  it("sends a visitor who is not signed in to sign in, and back here afterwards", async () => {
    const { router } = renderStorefront("/account", { "users.me": () => null });
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/login");
    expect(router.state.location.search).toEqual({ redirect: "/account" });
  });

  it("lists where the customer is signed in and signs out another session", async () => {
    const here = fakeSession({ current: true, ipAddress: "198.51.100.4" });
    const phone = fakeSession({
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
      ipAddress: "203.0.113.9",
    });
    let sessions = [here, phone];
    const { api } = renderStorefront("/account", {
      "users.me": () => fakeAccount(),
      "users.listSessions": () => sessions,
      "users.revokeSession": ({ id }) => {
        sessions = sessions.filter((session) => session.id !== id);
        return { revoked: true };
      },
    });
    const list = within(await screen.findByRole("list"));
    const [first, second] = list.getAllByRole("listitem");
    expect(first?.textContent).toContain("Firefox on Windows");
    expect(first?.textContent).toContain("This device");
    expect(first?.textContent).toContain("198.51.100.4");
    // This device is signed out from the header, not from the list.
    expect(within(first as HTMLElement).queryByRole("button")).toBeNull();
    expect(second?.textContent).toContain("Safari on iOS");
    expect(second?.textContent).toContain("203.0.113.9");

    fireEvent.click(list.getByRole("button", { name: "Sign out Safari on iOS" }));
    await waitFor(() => expect(list.queryByText("Safari on iOS")).toBeNull());
    expect(api.inputsOf("users.revokeSession")).toEqual([{ id: phone.id }]);
  });

  it("saves a new name and shows it in the header", async () => {
    let account = fakeAccount({ name: "Ann" });
    const { api } = renderStorefront("/account", {
      "users.me": () => account,
      "users.listSessions": () => [],
      "users.updateProfile": ({ name }) => {
        account = { ...account, name };
        return account;
      },
    });
    await screen.findByLabelText("Name");
    expect(header().getByRole("link", { name: "Ann" })).toBeTruthy();
    fill("Name", "  Ann Murphy ");
    fireEvent.click(screen.getByRole("button", { name: "Save name" }));
    expect(await header().findByRole("link", { name: "Ann Murphy" })).toBeTruthy();
    expect(
      main()
        .getAllByRole("status")
        .map((status) => status.textContent),
    ).toContain("Your name has been saved.");
    expect(api.inputsOf("users.updateProfile")).toEqual([{ name: "Ann Murphy" }]);
  });

  it("changes the password, checking the confirmation first and showing the server's refusal", async () => {
    let currentPassword = "the old password";
    const { api } = renderStorefront("/account", {
      "users.me": () => fakeAccount(),
      "users.listSessions": () => [],
      "users.changePassword": (input) => {
        if (input.currentPassword !== currentPassword) {
          throw new FakeApiError("BAD_REQUEST", "The current password is not correct.");
        }
        currentPassword = input.newPassword;
        return { changed: true };
      },
    });
    await screen.findByLabelText("Current password");
    fill("Current password", "a wrong guess");
    fill("New password", "a brand new password");
    fill("Confirm new password", "a different one");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    await waitFor(() => expect(fieldError("Confirm new password")).toBe("The passwords do not match"));
    expect(api.inputsOf("users.changePassword")).toEqual([]);

    fill("Confirm new password", "a brand new password");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The current password is not correct.");

    fill("Current password", "the old password");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    await waitFor(() =>
      expect(
        main()
          .getAllByRole("status")
          .map((status) => status.textContent),
      ).toContain("Your password has been changed. Other devices have been signed out."),
    );
    expect((screen.getByLabelText("Current password") as HTMLInputElement).value).toBe("");
    expect(api.inputsOf("users.changePassword")).toEqual([
      { currentPassword: "a wrong guess", newPassword: "a brand new password" },
      { currentPassword: "the old password", newPassword: "a brand new password" },
    ]);
  });

  it("signs out from the header, forgets the account and goes home", async () => {
    let signedIn = true;
    const { api, router } = renderStorefront("/account", {
      "users.me": () => (signedIn ? fakeAccount({ name: "Ann" }) : null),
      "users.listSessions": () => [fakeSession({ current: true })],
      "users.logout": () => {
        signedIn = false;
        return { signedOut: true };
      },
      "animals.list": () => ({ items: [], nextCursor: null }),
    });
    await screen.findByRole("heading", { level: 1, name: "Your account" });
    fireEvent.click(header().getByRole("button", { name: "Sign out" }));
    expect(await header().findByRole("link", { name: "Sign in" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/");
    expect(header().queryByRole("link", { name: "Ann" })).toBeNull();
    expect(api.inputsOf("users.logout")).toHaveLength(1);
  });
});
