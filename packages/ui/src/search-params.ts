import { defaultStringifySearch } from "@tanstack/react-router";

/**
 * For both SPAs' routers: the router's default writes a list as JSON (`?species=%5B%22dog%22%5D`).
 * This writes it as a repeated key (`?species=dog&species=cat`), which people can read, edit and
 * share, and which the default parser already reads back as a list. Every single value is written
 * exactly as the default would.
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const pairs = Object.entries(search).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => defaultStringifySearch({ [key]: item }).slice(1)),
  );
  const query = pairs.filter(Boolean).join("&");
  return query ? `?${query}` : "";
}
