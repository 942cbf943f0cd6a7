// What other domains may use of carts: handing a visitor's cart to the account that signs in.
export { mergeCartAtSignIn } from "./merge-at-sign-in";
