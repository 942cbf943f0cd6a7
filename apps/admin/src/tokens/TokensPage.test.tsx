import type { RouterOutputs } from "@petshop/client/react";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeMe, fakeToken } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

type ApiToken = RouterOutputs["users"]["listApiTokens"][number];

const SECRET = "pst_abcdefghijklmnopqrstuvwxyz234567";

describe("the API tokens page", () => {
  it("lists the caller's tokens with their dates", async () => {
    renderAdmin("/tokens", {
      "users.me": () => fakeMe("staff"),
      "users.listApiTokens": () => [
        fakeToken({ name: "Stock import", lastUsedAt: "2026-11-20T08:30:00.000Z" }),
        fakeToken({ name: "Old report", expiresAt: "2026-01-01T12:00:00.000Z" }),
      ],
    });
    const used = (await screen.findByText("Stock import", { selector: "td" })).closest("tr");
    expect(used?.textContent).toContain("20 Nov 2026");
    const old = screen.getByText("Old report", { selector: "td" }).closest("tr");
    expect(old?.textContent).toContain("Expired");
    expect(old?.textContent).toContain("Never");
  });

  it("checks the form inline, then shows the new token once", async () => {
    let tokens: ApiToken[] = [];
    const { api } = renderAdmin("/tokens", {
      "users.me": () => fakeMe("staff"),
      "users.listApiTokens": () => tokens,
      "users.createApiToken": (input) => {
        const created = fakeToken({ name: input.name });
        tokens = [created, ...tokens];
        return { ...created, token: SECRET };
      },
    });
    await screen.findByText("You have no API tokens.");
    const days = screen.getByLabelText("Expires after (days)") as HTMLInputElement;
    expect(days.value).toBe("90");
    fireEvent.change(days, { target: { value: "400" } });
    fireEvent.click(screen.getByRole("button", { name: "Create token" }));
    const name = screen.getByLabelText("Name");
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Name the token")).toBeTruthy();
    expect(days.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter a whole number of days from 1 to 365")).toBeTruthy();
    expect(api.inputsOf("users.createApiToken")).toEqual([]);

    fireEvent.change(name, { target: { value: "Nightly stock import" } });
    fireEvent.change(days, { target: { value: "30" } });
    fireEvent.click(screen.getByRole("button", { name: "Create token" }));

    const field = (await screen.findByLabelText("Your new token")) as HTMLInputElement;
    expect(field.value).toBe(SECRET);
    expect(field.readOnly).toBe(true);
    expect(screen.getByText(/it will not be shown again/)).toBeTruthy();
    expect(api.inputsOf("users.createApiToken")).toEqual([
      { name: "Nightly stock import", expiresInDays: 30 },
    ]);
    expect((await screen.findByText("Nightly stock import", { selector: "td" })).closest("tr")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Done, I have copied it" }));
    await screen.findByRole("button", { name: "Create token" });
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it("asks before revoking a token", async () => {
    const token = fakeToken({ name: "Report script" });
    let tokens = [token];
    const { api } = renderAdmin("/tokens", {
      "users.me": () => fakeMe("admin"),
      "users.listApiTokens": () => tokens,
      "users.revokeApiToken": (input) => {
        tokens = tokens.filter((t) => t.id !== input.id);
        return { revoked: true };
      },
    });
    const revoke = await screen.findByRole("button", { name: "Revoke Report script" });
    fireEvent.click(revoke);
    const dialog = screen.getByRole("dialog", { name: "Revoke token?" });
    expect(dialog.textContent).toContain("Report script");
    expect(api.inputsOf("users.revokeApiToken")).toEqual([]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Revoke token" }));
    await screen.findByText("You have no API tokens.");
    expect(api.inputsOf("users.revokeApiToken")).toEqual([{ id: token.id }]);
  });

  it("takes the new token's notice away when that token is revoked", async () => {
    let tokens: ApiToken[] = [];
    renderAdmin("/tokens", {
      "users.me": () => fakeMe("staff"),
      "users.listApiTokens": () => tokens,
      "users.createApiToken": (input) => {
        const created = fakeToken({ name: input.name });
        tokens = [created, ...tokens];
        return { ...created, token: SECRET };
      },
      "users.revokeApiToken": (input) => {
        tokens = tokens.filter((t) => t.id !== input.id);
        return { revoked: true };
      },
    });
    await screen.findByText("You have no API tokens.");
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Oops" } });
    fireEvent.click(screen.getByRole("button", { name: "Create token" }));
    expect(((await screen.findByLabelText("Your new token")) as HTMLInputElement).value).toBe(SECRET);

    fireEvent.click(await screen.findByRole("button", { name: "Revoke Oops" }));
    const dialog = screen.getByRole("dialog", { name: "Revoke token?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Revoke token" }));
    await screen.findByText("You have no API tokens.");
    await waitFor(() => expect(screen.queryByLabelText("Your new token")).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByRole("button", { name: "Create token" })).toBeTruthy();
  });
});
