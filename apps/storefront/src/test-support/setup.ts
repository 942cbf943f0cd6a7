import "@petshop/ui/csp-safe-zod";
import { unexpectedHandlerErrors } from "@petshop/ui/testing";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, expect } from "vitest";

// The account, cart, checkout and order pages load lazily (router.tsx). The first test of a file
// to reach one waits for Vite to transform it, which on a busy CI machine can take longer than
// Testing Library's default second (the checkout's first test failed so in CI).
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // A checkout draft (and anything else a page keeps for the tab) belongs to one test.
  sessionStorage.clear();
  // A handler that threw by accident would otherwise only show up as an error state on screen.
  expect(unexpectedHandlerErrors.splice(0)).toEqual([]);
});
