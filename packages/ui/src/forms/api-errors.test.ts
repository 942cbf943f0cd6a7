import { type AppRouter, TRPCClientError } from "@petshop/client/react";
import { describe, expect, it, vi } from "vitest";
import { apiErrorMessage, hasErrorCode, showServerErrors } from "./api-errors";

function apiError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from<AppRouter>({ error: { message, code: -32600, data } });
}

type Form = { email: string; password: string };

describe("showServerErrors", () => {
  it("puts field errors under their fields and the rest in the form's alert", () => {
    const setError = vi.fn();
    const error = apiError("Enter a valid email address", {
      code: "BAD_REQUEST",
      httpStatus: 400,
      zodError: {
        formErrors: [],
        fieldErrors: { email: ["Enter a valid email address"], captcha: ["Missing"] },
      },
    });
    showServerErrors<Form>(error, setError, ["email", "password"]);
    expect(setError.mock.calls).toEqual([
      ["email", { type: "server", message: "Enter a valid email address" }],
      ["root.server", { type: "server", message: "Missing" }],
    ]);
  });

  it("shows a domain error's sentence in the form's alert", () => {
    const setError = vi.fn();
    const error = apiError("The email or password is not correct.", {
      code: "UNAUTHORIZED",
      httpStatus: 401,
      zodError: null,
    });
    showServerErrors<Form>(error, setError, ["email", "password"]);
    expect(setError).toHaveBeenCalledWith("root.server", {
      type: "server",
      message: "The email or password is not correct.",
    });
    expect(hasErrorCode(error, "UNAUTHORIZED")).toBe(true);
  });

  it("says the shop could not be reached when the answer was not the API's", () => {
    expect(apiErrorMessage(new TRPCClientError("Failed to fetch"))).toMatch(/could not reach the shop/);
    expect(apiErrorMessage(new Error("boom"))).toBe("Something went wrong. Please try again.");
  });
});
