// What other domains may use of orders: the state machine's one way to change a status.
export { type OrderActor, SYSTEM_ACTOR, transitionOrder } from "./order-status";
