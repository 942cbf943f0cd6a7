import "@petshop/ui/csp-safe-zod";
import { unexpectedHandlerErrors } from "@petshop/ui/testing";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, expect, vi } from "vitest";

// Pages and the order page's forms load lazily (router.tsx, orders/useOrderForms.ts). The first
// test of a file to reach one waits for Vite to transform it, which on a busy CI machine can take
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // Tests that stand in for the upload route replace the global fetch (fake-uploads.ts).
  vi.unstubAllGlobals();
  // A handler that threw by accident would otherwise only show up as an error state on screen.
  expect(unexpectedHandlerErrors.splice(0)).toEqual([]);
});
