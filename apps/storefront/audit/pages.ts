import { type ApiSession, DEMO_ADMIN, registerCustomer, signIn } from "../e2e/support/api";
import type { StorageState } from "../e2e/support/cookies";
import { fillCart, placeOrder } from "../e2e/support/shop-data";
import type { App, Category } from "./thresholds";

// The pages the audit visits, arranged through the API the way a customer and a member of staff
// would leave them: a customer with an order and a filled cart, staff signed in.

export interface AuditedPage {
  name: string;
  app: App;
  path: string;
  /** The `Cookie` header a signed-in browser would send; none for a first-time visitor. */
  cookie?: string;
  /** The same cookies, as a browser context restores them. */
  storageState?: StorageState;
  /** Categories that do not apply: staff pages ask search engines to stay away, so SEO fails by design. */
  notApplicable?: Category[];
}

/** How a browser holding `session`'s cookies asks for a page. */
function signedIn(session: ApiSession): Pick<AuditedPage, "cookie" | "storageState"> {
  const storageState = session.storageState();
  return {
    storageState,
    cookie: storageState.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
  };
}

/** Home, an animal, a filled cart, the customer's order page and the same order in the admin app. */
export async function arrangePages(shopUrl: string): Promise<AuditedPage[]> {
  const customer = await registerCustomer(shopUrl, "Audrey Audit");
  const order = await placeOrder(customer, 1);
  await fillCart(customer.session.client, 2);
  const { items } = await customer.session.client.animals.list.query({ inStock: true, limit: 1 });
  const animal = items[0];
  if (!animal) throw new Error("no animal is on sale to audit");
  const staff = await signIn(shopUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
  return [
    { name: "home", app: "storefront", path: "/" },
    { name: "animal", app: "storefront", path: `/animals/${animal.slug}` },
    { name: "cart", app: "storefront", path: "/cart", ...signedIn(customer.session) },
    { name: "order", app: "storefront", path: order.path, ...signedIn(customer.session) },
    {
      name: "admin order",
      app: "admin",
      path: `/admin/orders/${order.id}`,
      ...signedIn(staff),
      notApplicable: ["seo"],
    },
  ];
}
