import { FakeApiError, FakeNetworkFailure } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeAccount, fakeAnimal, fakeSession } from "../../test-support/fixtures";
import { fill } from "../../test-support/forms";
import { renderStorefront } from "../../test-support/render";

const header = () => within(screen.getByRole("banner"));

describe("the sign-in page", () => {
  it("signs in, goes to the account and greets the customer by name in the header", async () => {
    let signedIn = false;
    const { api, router } = renderStorefront("/login", {
      "users.me": () => (signedIn ? fakeAccount({ name: "Ann Murphy" }) : null),
      "users.login": () => {
        signedIn = true;
        return fakeAccount({ name: "Ann Murphy" });
      },
      "users.listSessions": () => [fakeSession({ current: true })],
    });
    await screen.findByLabelText("Email");
    expect(await header().findByRole("link", { name: "Sign in" })).toBeTruthy();
    fill("Email", " Ann@Example.com ");
    fill("Password", "correct horse");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Your account" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/account");
    expect(header().getByRole("link", { name: "Ann Murphy" }).getAttribute("href")).toBe("/account");
    expect(header().getByRole("button", { name: "Sign out" })).toBeTruthy();
    expect(header().queryByRole("link", { name: "Sign in" })).toBeNull();
    // The schema trims and lower-cases before anything is sent.
    expect(api.inputsOf("users.login")).toEqual([{ email: "ann@example.com", password: "correct horse" }]);
  });

  it("returns to the page in `redirect`, and keeps the button disabled until the answer comes", async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const { router } = renderStorefront(
      "/login?redirect=/animals/biscuit",
      {
        "users.login": () => fakeAccount(),
        "animals.bySlug": ({ slug }) => ({
          ...fakeAnimal({ slug, name: "Biscuit" }),
          description: "A cheerful puppy.",
          updatedAt: "2026-11-20T10:00:00.000Z",
        }),
      },
      answered,
    );
    await screen.findByLabelText("Email");
    fill("Email", "ann@example.com");
    fill("Password", "correct horse");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    const pending = await screen.findByRole("button", { name: "Signing in…" });
    expect((pending as HTMLButtonElement).disabled).toBe(true);
    answer();
    expect(await screen.findByRole("heading", { level: 1, name: "Biscuit" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/animals/biscuit");
  });

  it("goes to the account, not to another site named in `redirect`", async () => {
    let signedIn = false;
    const { router } = renderStorefront("/login?redirect=//evil.example/", {
      "users.me": () => (signedIn ? fakeAccount() : null),
      "users.login": () => {
        signedIn = true;
        return fakeAccount();
      },
      "users.listSessions": () => [],
    });
    await screen.findByLabelText("Email");
    fill("Email", "ann@example.com");
    fill("Password", "correct horse");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Your account" })).toBeTruthy();
    expect(router.state.location.href).toBe("/account");
  });

  it("shows the server's message when the password is wrong, and stays put", async () => {
    const { router } = renderStorefront("/login", {
      "users.login": () => {
        throw new FakeApiError("UNAUTHORIZED", "The email or password is not correct.");
      },
    });
    await screen.findByLabelText("Email");
    fill("Email", "ann@example.com");
    fill("Password", "wrong password");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The email or password is not correct.");
    expect(router.state.location.pathname).toBe("/login");
    expect((screen.getByRole("button", { name: "Sign in" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("says when the shop cannot be reached, or asks to wait after too many attempts", async () => {
    let offline = true;
    renderStorefront("/login", {
      "users.login": () => {
        if (offline) throw new FakeNetworkFailure();
        throw new FakeApiError("TOO_MANY_REQUESTS", "Too many attempts. Try again in 60 seconds.", {
          retryAfterSeconds: 60,
        });
      },
    });
    await screen.findByLabelText("Email");
    fill("Email", "ann@example.com");
    fill("Password", "correct horse");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "We could not reach the shop. Please check your connection and try again.",
    );
    offline = false;
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe("Too many attempts. Try again in 60 seconds."),
    );
  });
});
