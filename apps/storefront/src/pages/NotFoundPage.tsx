import { Link } from "@tanstack/react-router";

/** A page or animal that does not exist (any more). */
export function NotFoundPage({ what = "page" }: { what?: string }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-bold text-ink">We could not find that {what}</h1>
      <p className="mt-2 text-muted">It may have found its new home already.</p>
      <Link
        to="/"
        search={{}}
        className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
      >
        See all animals
      </Link>
    </div>
  );
}
