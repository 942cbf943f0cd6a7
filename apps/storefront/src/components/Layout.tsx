import { SkipLink, usePageTitleAndFocus } from "@petshop/ui/app";
import { Link, Outlet } from "@tanstack/react-router";
// The icon itself, in the page's code as a data URL: one request fewer before any page is whole.
import shopMark from "../../public/favicon.svg?url&inline";
import { AccountNav } from "./AccountNav";
import { CartLink } from "./cart/CartLink";

/** The frame of every page: header with the shop's name and the visitor's account, the page, a footer. */
export function Layout() {
  usePageTitleAndFocus("Paws & Fins");
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-4 sm:gap-x-4">
          <div className="flex min-w-0 items-center gap-6">
            <Link
              to="/"
              search={{}}
              className="flex shrink-0 items-center gap-2 text-lg font-semibold text-brand-800"
            >
              <img src={shopMark} alt="" width={32} height={32} className="size-8" />
              {/* On phones the logo alone makes room for the account and cart links in one row: a
                  header that wraps once the account links arrive pushes the whole page down. */}
              <span className="max-[480px]:sr-only">Paws &amp; Fins</span>
            </Link>
            <p className="hidden text-sm text-muted lg:block">Healthy pets, honest advice, since 2026.</p>
          </div>
          {/* The cart last, at the edge: the account links arrive later and grow leftwards, so
              nothing already on screen moves when they do. */}
          <div className="flex items-center gap-1 sm:gap-2">
            <AccountNav />
            <CartLink />
          </div>
        </div>
      </header>
      {/* At least a screen tall, so the footer starts below the fold: otherwise it shows under a
          page's loading state and jumps away as the content arrives. */}
      <main id="main" className="mx-auto min-h-svh w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        <Outlet />
      </main>
      <footer className="border-t border-stone-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
          Every animal is health-checked before it goes home. Prices include VAT.
        </div>
      </footer>
    </div>
  );
}
