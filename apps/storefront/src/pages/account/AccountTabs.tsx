import { Link } from "@tanstack/react-router";

const tab =
  "-mb-px inline-block border-b-2 border-transparent px-3 py-2 font-medium text-muted hover:text-ink aria-[current=page]:border-brand-700 aria-[current=page]:text-ink";

/** The account area's two parts: the customer's details and their orders. */
export function AccountTabs() {
  return (
    <nav aria-label="Your account" className="flex gap-2 border-b border-stone-200">
      <Link to="/account" activeOptions={{ exact: true }} className={tab}>
        Details
      </Link>
      <Link to="/account/orders" className={tab}>
        Orders
      </Link>
    </nav>
  );
}
