import { defaultStringifySearch } from "@tanstack/react-router";

/**
 * The router's default writes a list as JSON (`?status=%5B%22paid%22%5D`). This writes it as a
 * repeated key (`?status=paid&status=fulfilled`), which staff can read, edit and share, and which
 * the default parser already reads back as a list. Every single value is written exactly as the
 * default would. (The storefront has the same function; both could move to a shared package.)
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const pairs = Object.entries(search).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => defaultStringifySearch({ [key]: item }).slice(1)),
  );
  const query = pairs.filter(Boolean).join("&");
  return query ? `?${query}` : "";
}
