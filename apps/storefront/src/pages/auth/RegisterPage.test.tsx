import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeAccount } from "../../test-support/fixtures";
import { fieldError, fill } from "../../test-support/forms";
import { renderStorefront } from "../../test-support/render";

async function submit(values: { name: string; email: string; password: string }) {
  await screen.findByLabelText("Name");
  fill("Name", values.name);
  fill("Email", values.email);
  fill("Password", values.password);
  fireEvent.click(screen.getByRole("button", { name: "Create account" }));
}

describe("the create-account page", () => {
  it("points out each field's problem from the shared schema, without asking the server", async () => {
    const { api } = renderStorefront("/register", { "users.register": () => fakeAccount() });
    await submit({ name: "  ", email: "ann@", password: "short" });
    await waitFor(() => expect(fieldError("Password")).toBe("Use at least 8 characters"));
    expect(fieldError("Name")).toBe("Enter your name");
    expect(fieldError("Email")).toBe("Enter a valid email address");
    // The hint stays readable next to the error.
    expect(screen.getByLabelText("Password").getAttribute("aria-describedby")?.split(" ")).toHaveLength(2);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(api.inputsOf("users.register")).toEqual([]);
  });

  it("shows the server's message when the email is taken", async () => {
    const { router } = renderStorefront("/register", {
      "users.register": () => {
        throw new FakeApiError("CONFLICT", "An account with this email already exists.");
      },
    });
    await submit({ name: "Ann", email: "ann@example.com", password: "a good long password" });
    expect((await screen.findByRole("alert")).textContent).toBe("An account with this email already exists.");
    expect(router.state.location.pathname).toBe("/register");
  });

  it("puts the server's field errors under their fields", async () => {
    renderStorefront("/register", {
      "users.register": () => {
        throw new FakeApiError("BAD_REQUEST", '[{"code":"custom"}]', {
          fieldErrors: { password: ["This password is too common. Choose one that is harder to guess."] },
        });
      },
    });
    await submit({ name: "Ann", email: "ann@example.com", password: "password123" });
    await waitFor(() =>
      expect(fieldError("Password")).toBe("This password is too common. Choose one that is harder to guess."),
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("creates the account and shows the new customer's name in the header", async () => {
    let signedIn = false;
    const { api, router } = renderStorefront("/register", {
      "users.me": () => (signedIn ? fakeAccount({ name: "Ann" }) : null),
      "users.register": () => {
        signedIn = true;
        return fakeAccount({ name: "Ann" });
      },
      "users.listSessions": () => [],
    });
    await submit({ name: " Ann ", email: "ann@example.com", password: "a good long password" });
    expect(await screen.findByRole("link", { name: "Ann" })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe("/account"));
    expect(api.inputsOf("users.register")).toEqual([
      { name: "Ann", email: "ann@example.com", password: "a good long password" },
    ]);
  });
});
