import { type Api, ApiProvider } from "@petshop/client/react";
import { type AnyRouter, RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

/**
 * Renders an SPA into index.html's #root: its router inside the typed API (`api`, when the router's
 * loaders use it too). Each app's start.tsx calls it, and its main.tsx loads start.tsx only once zod
 * is configured (csp-safe-zod.ts).
 */
export function mountApp(router: AnyRouter, api?: Api): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <ApiProvider {...(api ? { api } : {})}>
        <RouterProvider router={router} />
      </ApiProvider>
    </StrictMode>,
  );
}
