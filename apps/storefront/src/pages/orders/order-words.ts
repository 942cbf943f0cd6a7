/** "Order #1042", as the confirmation mail names it. */
export const orderTitle = (number: string) => `Order #${number}`;
