import { Link } from "@tanstack/react-router";

/** What could not be found, each kind with its own words and its own way on. */
const KINDS = {
  page: {
    title: "We could not find that page",
    body: "The address may be mistyped, or the page may have moved.",
    link: { to: "/", label: "See all animals" },
  },
  animal: {
    title: "We could not find that animal",
    body: "It may have found its new home already.",
    link: { to: "/", label: "See all animals" },
  },
  order: {
    title: "We could not find that order",
    body: "It is not one of the orders of the account you are signed in with.",
    link: { to: "/account/orders", label: "See your orders" },
  },
} as const;

export type NotFoundKind = keyof typeof KINDS;

/** A page, animal or order that does not exist (any more), or is not the visitor's to see. */
export function NotFoundPage({ what = "page" }: { what?: NotFoundKind }) {
  const kind = KINDS[what];
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-bold text-ink">{kind.title}</h1>
      <p className="mt-2 text-muted">{kind.body}</p>
      <Link
        to={kind.link.to}
        className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
      >
        {kind.link.label}
      </Link>
    </div>
  );
}
