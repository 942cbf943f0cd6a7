import { createContext, type ReactNode, useContext } from "react";

// Paying happens on another site (Stripe's hosted checkout) or on a page the server renders
// (/pay/local/…): the app leaves with a full page load, which the router can neither do nor fake.
// It goes through this context so component tests record where the page would go instead of
// letting the test browser try to load it.

/** Leaves the app for `url` with a full page load. */
export type LoadPage = (url: string) => void;

const LoadPageContext = createContext<LoadPage>((url) => window.location.assign(url));

export function PageLoadProvider({ loadPage, children }: { loadPage: LoadPage; children: ReactNode }) {
  return <LoadPageContext.Provider value={loadPage}>{children}</LoadPageContext.Provider>;
}

export const useLoadPage = (): LoadPage => useContext(LoadPageContext);
