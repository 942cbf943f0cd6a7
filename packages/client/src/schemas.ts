// The routers' own input schemas, for scripts that validate before they call (one copy of the
// rules): `@petshop/client/schemas`. Browser-safe, like `@petshop/api/schemas`.
export * from "@petshop/api/schemas";
