// Pieces of an order both SPAs show: `@petshop/ui/orders`.
export { DeliveryAddress, type OrderAddress } from "./DeliveryAddress";
export { OrderStatusBadge } from "./OrderStatusBadge";
