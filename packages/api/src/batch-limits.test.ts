import { describe, expect, it } from "vitest";
import { multipliedCallProblem } from "./batch-limits";

describe("multipliedCallProblem", () => {
  it("lets ordinary batches and one guarded call through", () => {
    expect(multipliedCallProblem(["animals.list", "cart.get", "users.login"])).toBeUndefined();
  });

  it("refuses a batch with two guarded calls, the same or different", () => {
    expect(multipliedCallProblem(["users.login", "users.login"])).toMatch(/^Only one of users\.login may/);
    expect(multipliedCallProblem(["users.register", "orders.checkout"])).toContain(
      "users.register, orders.checkout",
    );
    // Each add in a batch from a visitor without a cart cookie would start a cart of its own.
    expect(multipliedCallProblem(["cart.add", "cart.add"])).toMatch(/^Only one of cart\.add may/);
  });
});
