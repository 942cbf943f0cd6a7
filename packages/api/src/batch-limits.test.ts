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
  });
});
