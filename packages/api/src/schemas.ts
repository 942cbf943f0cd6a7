// The routers' input schemas, for forms and URL parsing in the SPAs: `@petshop/api/schemas`.
// This entry must stay free of server code (database, tRPC server), since browsers bundle it.
export * from "./batch-limits";
export * from "./constants";
export * from "./domains/animals/schemas";
export * from "./domains/cart/schemas";
export * from "./domains/orders/schemas";
export * from "./domains/payments/schemas";
export * from "./domains/reports/schemas";
export * from "./domains/users/schemas";
export {
  CONTROL_CHARACTER_MESSAGE,
  findInputProblem,
  hasControlCharacter,
  MAX_INPUT_DEPTH,
} from "./lib/control-characters";
