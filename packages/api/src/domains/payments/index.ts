// What other domains may use of payments: an order's payment attempts, as its views show them.
export { latestPayment, orderPayments } from "./payment-views";
