import type { inferRouterError } from "@trpc/server";
import { describe, expectTypeOf, it } from "vitest";
import type { ErrorDetails } from "./error-details";
import type { AppRouter } from "./root";

// Checked by the typecheck: what every client's error type says `data.details` holds.

describe("error details", () => {
  it("reach clients typed, not as unknown", () => {
    expectTypeOf<inferRouterError<AppRouter>["data"]["details"]>().toEqualTypeOf<ErrorDetails | null>();
  });
});
