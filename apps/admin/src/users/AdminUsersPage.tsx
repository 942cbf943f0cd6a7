import { AdminOnly } from "../auth/AdminOnly";
import { UsersPage } from "./UsersPage";

/** The users route's page behind the admins-only check: one module, for the route to load lazily. */
export function AdminUsersPage() {
  return (
    <AdminOnly>
      <UsersPage />
    </AdminOnly>
  );
}
