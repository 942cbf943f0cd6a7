import "@petshop/ui/csp-safe-zod";
import { unexpectedHandlerErrors } from "@petshop/ui/testing";
import { cleanup } from "@testing-library/react";
import { afterEach, expect } from "vitest";

afterEach(() => {
  cleanup();
  // A checkout draft (and anything else a page keeps for the tab) belongs to one test.
  sessionStorage.clear();
  // A handler that threw by accident would otherwise only show up as an error state on screen.
  expect(unexpectedHandlerErrors.splice(0)).toEqual([]);
});
