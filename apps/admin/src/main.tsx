// zod must be told not to compile parsers with eval (our CSP forbids it) before any schema is
// built. Static imports are evaluated first, and bundle chunks build schemas as they load, so the
// rest of the app is imported only once the setting is in place.
import "@petshop/ui/csp-safe-zod";

void import("./start");
