import { Link } from "@tanstack/react-router";

export function NotFoundPage() {
  return (
    <section className="flex flex-col gap-2">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-muted">
        There is no staff page at this address.{" "}
        <Link to="/" className="text-brand-700 underline">
          Go to the dashboard
        </Link>
      </p>
    </section>
  );
}
