import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";

/** A listing's name in a table, opening its edit page. */
export function ListingLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/animals/$id" params={{ id }} className="text-brand-700 hover:underline">
      {children}
    </Link>
  );
}
