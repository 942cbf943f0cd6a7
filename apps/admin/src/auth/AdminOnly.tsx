import type { ReactNode } from "react";
import { useCurrentUser } from "./current-user";

/** Keeps staff from pages for admins; the API refuses them too, this only saves a failed load. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  if (user.role === "admin") return children;
  return (
    <section className="flex flex-col gap-2">
      <h1 className="text-xl font-semibold">Admins only</h1>
      <p className="text-sm text-muted">Only administrators can manage accounts.</p>
    </section>
  );
}
