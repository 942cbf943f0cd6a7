import { useRouter } from "@tanstack/react-router";
import { useCallback, useState } from "react";

/**
 * A check that the address is still the page this component was first rendered on (its search
 * aside). A page stays on screen while the next one loads, so work it put off until later (search
 * words settling after a pause in typing) asks first: navigating then would pull the visitor back
 * from the page they chose. The page is its path when the component mounted, so it suits a
 * component that lives and dies with its page, as a page's search box does.
 */
export function useStillOnPage(): () => boolean {
  const router = useRouter();
  const [pathname] = useState(() => router.latestLocation.pathname);
  return useCallback(() => router.latestLocation.pathname === pathname, [router, pathname]);
}
