/** "1 item", "3 items": a tank of neon tetras counts each fish. */
export function itemCount(count: number): string {
  return `${count} ${count === 1 ? "item" : "items"}`;
}
