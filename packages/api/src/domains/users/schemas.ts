import { USER_ROLES } from "@petshop/db/constants";
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../../constants";

// Inputs of the users router. Browser-safe: forms use them as they are. The server adds the
// common-password check (router.ts), which needs a list too large to ship to browsers.

export const PASSWORD_MAX_LENGTH = 128;

/** Trimmed and lower-cased, so "Ann@Example.com " and "ann@example.com" are one account. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email("Enter a valid email address"));

/** A new password. The length is checked before anything else touches it. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

/** A password being checked: bounded so a megabyte never reaches the hasher. */
export const currentPasswordSchema = z
  .string()
  .min(1, "Enter your password")
  .max(PASSWORD_MAX_LENGTH, "That password is too long");

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(100, "A name has at most 100 characters");

export const registerInput = z.object({
  email: emailSchema,
  name: personNameSchema,
  password: newPasswordSchema,
});
export const loginInput = z.object({ email: emailSchema, password: currentPasswordSchema });
export const updateProfileInput = z.object({ name: personNameSchema });
export const changePasswordInput = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});
export const requestPasswordResetInput = z.object({ email: emailSchema });
export const resetPasswordInput = z.object({
  token: z.string().regex(/^[a-z2-7]{32}$/, "This reset link is not valid"),
  newPassword: newPasswordSchema,
});
export const sessionIdInput = z.object({ id: z.string().regex(/^[a-z2-7]{24}$/, "Not a session id") });

export const userRoleSchema = z.enum(USER_ROLES);
export const userIdInput = z.object({ id: z.uuid() });
export const userListInput = z.object({
  search: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.string().max(512).nullish(),
});
export const setRoleInput = z.object({ id: z.uuid(), role: userRoleSchema });
export const setDisabledInput = z.object({ id: z.uuid(), disabled: z.boolean() });

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, "Name the token").max(100),
  expiresInDays: z.number().int().min(1).max(365).default(90),
});
export const apiTokenIdInput = z.object({ id: z.uuid() });
