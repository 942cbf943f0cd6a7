import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fieldError, fill } from "../../test-support/forms";
import { renderStorefront } from "../../test-support/render";

const TOKEN = "abcdefghijklmnopqrstuvwxyz234567";
const ANSWER = "If an account exists for that email, we have sent it a link to choose a new password.";

describe("forgetting a password", () => {
  it("always shows the server's answer once a link is asked for", async () => {
    const { api } = renderStorefront("/forgot-password", {
      "users.requestPasswordReset": () => ({ message: ANSWER }),
    });
    await screen.findByLabelText("Email");
    fill("Email", "Ann@Example.com");
    fireEvent.click(screen.getByRole("button", { name: "Send reset link" }));
    expect((await screen.findByRole("status")).textContent).toBe(ANSWER);
    expect(api.inputsOf("users.requestPasswordReset")).toEqual([{ email: "ann@example.com" }]);
  });

  it("sets the new password with the link's token, then sends the customer to sign in", async () => {
    const { api } = renderStorefront(`/reset-password?token=${TOKEN}`, {
      "users.resetPassword": () => ({ reset: true }),
    });
    await screen.findByLabelText("New password");
    fill("New password", "a brand new password");
    fill("Confirm new password", "a brand new password");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect((await screen.findByRole("status")).textContent).toBe("Password changed, please sign in.");
    const main = within(screen.getByRole("main"));
    expect(main.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/login");
    expect(api.inputsOf("users.resetPassword")).toEqual([
      { token: TOKEN, newPassword: "a brand new password" },
    ]);
  });

  it("catches a mistyped confirmation before sending", async () => {
    const { api } = renderStorefront(`/reset-password?token=${TOKEN}`, {
      "users.resetPassword": () => ({ reset: true }),
    });
    await screen.findByLabelText("New password");
    fill("New password", "a brand new password");
    fill("Confirm new password", "a brand new pasword");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    await waitFor(() => expect(fieldError("Confirm new password")).toBe("The passwords do not match"));
    expect(api.inputsOf("users.resetPassword")).toEqual([]);
  });

  it("shows the server's message for a used link", async () => {
    renderStorefront(`/reset-password?token=${TOKEN}`, {
      "users.resetPassword": () => {
        throw new FakeApiError("BAD_REQUEST", "This reset link is not valid any more. Ask for a new one.");
      },
    });
    await screen.findByLabelText("New password");
    fill("New password", "a brand new password");
    fill("Confirm new password", "a brand new password");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This reset link is not valid any more. Ask for a new one.",
    );
  });

  it("says a mangled link does not work instead of showing the form", async () => {
    renderStorefront("/reset-password?token=not-a-token", {});
    expect(await screen.findByRole("heading", { name: "This link does not work" })).toBeTruthy();
    expect(screen.queryByLabelText("New password")).toBeNull();
    expect(screen.getByRole("link", { name: "Ask for a new link" }).getAttribute("href")).toBe(
      "/forgot-password",
    );
  });
});
