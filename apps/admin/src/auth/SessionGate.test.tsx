import { FakeApiError } from "@petshop/ui/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { letChartsDraw } from "../test-support/chart-room";
import { fakeReports } from "../test-support/fake-reports";
import { fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

/** The dashboard, where staff land, over a shop with nothing to report. */
const emptyDashboard = fakeReports().handlers;
letChartsDraw();

function fillIn(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("the session gate", () => {
  it("shows the sign-in form to someone signed out, at any address", async () => {
    renderAdmin("/users", { "users.me": () => null });
    expect((await screen.findByRole("status")).textContent).toBe("Loading…");
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(screen.getByLabelText("Email").getAttribute("autocomplete")).toBe("username");
    expect(screen.getByLabelText("Password").getAttribute("autocomplete")).toBe("current-password");
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it("signs in with users.login and then shows the app", async () => {
    const staff = fakeMe("staff", { name: "Sam Staff" });
    let signedIn = false;
    const { api } = renderAdmin("/login", {
      ...emptyDashboard,
      "users.me": () => (signedIn ? staff : null),
      "users.login": () => {
        signedIn = true;
        return staff;
      },
    });
    await screen.findByRole("heading", { name: "Sign in" });
    fillIn("Email", " Staff@Example.com ");
    fillIn("Password", "correct horse");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("heading", { name: "Dashboard" })).toBeTruthy();
    expect(api.inputsOf("users.login")).toEqual([{ email: "staff@example.com", password: "correct horse" }]);
    expect(screen.getByRole("banner").textContent).toContain("Sam Staff · Staff");
  });

  it("checks the form before sending and shows the server's refusal inline", async () => {
    const { api } = renderAdmin("/", {
      "users.me": () => null,
      "users.login": () => {
        throw new FakeApiError("UNAUTHORIZED", "The email or password is not correct.");
      },
    });
    await screen.findByRole("heading", { name: "Sign in" });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    const email = screen.getByLabelText("Email");
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = email.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe("Enter a valid email address");
    expect(api.inputsOf("users.login")).toEqual([]);

    fillIn("Email", "staff@example.com");
    fillIn("Password", "wrong");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The email or password is not correct.");
  });

  it("tells a customer this app is for staff only and lets them sign out", async () => {
    let signedIn = true;
    const { api } = renderAdmin("/", {
      "users.me": () => (signedIn ? fakeMe("customer", { email: "ann@example.com" }) : null),
      "users.logout": () => {
        signedIn = false;
        return { signedOut: true };
      },
    });
    expect(await screen.findByRole("heading", { name: "Staff only" })).toBeTruthy();
    expect(screen.getByText(/This account cannot use the staff app/).textContent).toContain(
      "ann@example.com",
    );
    expect(screen.getByRole("link", { name: "Go to the shop" }).getAttribute("href")).toBe("/");
    expect(api.calls.map((call) => call.path).filter((path) => path.startsWith("reports."))).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(api.inputsOf("users.logout")).toHaveLength(1);
  });

  it("shows staff the sections for staff, without Users", async () => {
    renderAdmin("/", { ...emptyDashboard, "users.me": () => fakeMe("staff") });
    const nav = await screen.findByRole("navigation", { name: "Staff sections" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Dashboard", "Inventory", "Orders", "API tokens"]);
    expect(within(nav).getByRole("link", { name: "Dashboard" }).getAttribute("href")).toBe("/admin/");
    expect(within(nav).getByRole("link", { name: "Dashboard" }).getAttribute("aria-current")).toBe("page");
    expect(within(nav).getByRole("link", { name: "Inventory" }).getAttribute("href")).toBe(
      "/admin/inventory",
    );
    expect(within(nav).getByRole("link", { name: "API tokens" }).getAttribute("href")).toBe("/admin/tokens");
    expect(within(nav).queryByRole("link", { name: "Users" })).toBeNull();
  });

  it("keeps staff out of the users page even by its address", async () => {
    const { api } = renderAdmin("/users", { "users.me": () => fakeMe("staff") });
    expect(await screen.findByRole("heading", { name: "Admins only" })).toBeTruthy();
    expect(api.inputsOf("users.list")).toEqual([]);
  });

  it("shows admins the Users section", async () => {
    renderAdmin("/", { ...emptyDashboard, "users.me": () => fakeMe("admin") });
    const nav = await screen.findByRole("navigation", { name: "Staff sections" });
    expect(within(nav).getByRole("link", { name: "Users" }).getAttribute("href")).toBe("/admin/users");
  });

  it("signs out from the header and forgets the session", async () => {
    let signedIn = true;
    const { api } = renderAdmin("/", {
      ...emptyDashboard,
      "users.me": () => (signedIn ? fakeMe("staff") : null),
      "users.logout": () => {
        signedIn = false;
        return { signedOut: true };
      },
    });
    await screen.findByRole("heading", { name: "Dashboard" });
    fireEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(api.inputsOf("users.logout")).toHaveLength(1);
  });

  it("returns to the sign-in form when a call finds the session ended", async () => {
    let signedIn = true;
    renderAdmin("/tokens", {
      "users.me": () => (signedIn ? fakeMe("staff") : null),
      "users.listApiTokens": () => {
        signedIn = false;
        throw new FakeApiError("UNAUTHORIZED", "Please sign in.");
      },
    });
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
  });
});
