import type { UserRole } from "@petshop/db/constants";

export const ROLE_LABELS: Record<UserRole, string> = {
  customer: "Customer",
  staff: "Staff",
  admin: "Admin",
};

/** What a role may do here, said where an admin is about to change one. */
export const ROLE_EFFECTS: Record<UserRole, string> = {
  customer: "Customers shop; they cannot use the staff app.",
  staff: "Staff use the staff app but cannot manage accounts.",
  admin: "Admins can also manage every account, including roles.",
};

/** Who may use the staff app at all; the API enforces the same rule on every staff call. */
export function canUseStaffApp(role: UserRole): boolean {
  return role === "staff" || role === "admin";
}
