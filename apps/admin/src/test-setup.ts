import "@petshop/ui/csp-safe-zod";
import { unexpectedHandlerErrors } from "@petshop/ui/testing";
import { cleanup } from "@testing-library/react";
import { afterEach, expect, vi } from "vitest";

afterEach(() => {
  cleanup();
  // Tests that stand in for the upload route replace the global fetch (fake-uploads.ts).
  vi.unstubAllGlobals();
  // A handler that threw by accident would otherwise only show up as an error state on screen.
  expect(unexpectedHandlerErrors.splice(0)).toEqual([]);
});
