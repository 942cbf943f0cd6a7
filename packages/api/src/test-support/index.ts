// `@petshop/api/testing`: what other packages' tests need to drive the API on a real database.
export * from "./context";
export * from "./orders";
