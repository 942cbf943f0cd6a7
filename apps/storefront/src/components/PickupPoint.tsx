import { useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { pickupPointQuery } from "./shop-settings-queries";

/** Where pickup orders are collected and when (the shop's settings); nothing until it is known. */
export function PickupPoint() {
  const trpc = useTRPC();
  const point = useQuery(pickupPointQuery(trpc));
  if (!point.data) return null;
  return (
    <address className="not-italic">
      <span className="block">{point.data.address}</span>
      <span className="block">Open {point.data.hours}.</span>
    </address>
  );
}
