import type { TRPCRouterRecord } from "@trpc/server";
import { isCommonPassword } from "../../auth/passwords";
import { clientBucket, rateRules, takeRate } from "../../auth/rate-limits";
import { clearedSessionCookie, sessionCookie } from "../../auth/session-cookie";
import { createSession, deleteSession } from "../../auth/sessions";
import { adminProcedure, authedProcedure, publicProcedure, staffProcedure } from "../../trpc";
import { mergeCartAtSignIn } from "../cart";
import {
  changePassword,
  createAccount,
  findAccount,
  getAccountForStaff,
  listAccounts,
  setDisabled,
  setRole,
  updateProfile,
} from "./accounts";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-token-service";
import { listOwnSessions, revokeOwnSession } from "./own-sessions";
import { RESET_REQUESTED, requestPasswordReset, resetPassword } from "./password-reset";
import {
  apiTokenIdInput,
  changePasswordInput,
  createApiTokenInput,
  loginInput,
  registerInput,
  requestPasswordResetInput,
  resetPasswordInput,
  sessionIdInput,
  setDisabledInput,
  setRoleInput,
  updateProfileInput,
  userIdInput,
  userListInput,
} from "./schemas";
import { signIn } from "./sign-in";

const COMMON_PASSWORD = "This password is too common. Choose one that is harder to guess.";

/** The browser-safe input schemas plus the server-only common-password check. */
const refuseCommon =
  <K extends string>(key: K) =>
  (
    value: Record<K, string>,
    ctx: { addIssue: (issue: { code: "custom"; message: string; path: string[] }) => void },
  ) => {
    if (isCommonPassword(value[key])) ctx.addIssue({ code: "custom", message: COMMON_PASSWORD, path: [key] });
  };

const sessionMeta = (ctx: { clientIp: string | null; headers: Headers }) => ({
  ipAddress: ctx.clientIp,
  userAgent: ctx.headers.get("user-agent"),
});

export const usersRouter = {
  /** Creates a customer account and signs it in. */
  register: publicProcedure
    .input(registerInput.superRefine(refuseCommon("password")))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock.now();
      if (ctx.clientIp)
        await takeRate(ctx.db, rateRules(ctx.rateLimits).registration, clientBucket(ctx.clientIp), now);
      const account = await createAccount(ctx.db, input);
      // Not through signIn: nothing is being guessed, and its throttle must not refuse (after the
      // account is made) a registration the rate limit let through.
      const session = await createSession(ctx.db, account.id, sessionMeta(ctx), now);
      ctx.resHeaders.append("Set-Cookie", sessionCookie(session.token, session.expiresAt, ctx.cookies, now));
      await mergeCartAtSignIn(ctx, account.id);
      return account;
    }),

  /** Signs in with email and password; a new session (and cookie) every time. */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const session = await signIn(ctx.db, input, sessionMeta(ctx), now);
    ctx.resHeaders.append("Set-Cookie", sessionCookie(session.token, session.expiresAt, ctx.cookies, now));
    await mergeCartAtSignIn(ctx, session.userId);
    return findAccount(ctx.db, session.userId);
  }),

  /** Ends the current session, on the server and in the browser. */
  logout: authedProcedure.mutation(async ({ ctx }) => {
    if (ctx.auth.kind === "session") await deleteSession(ctx.db, ctx.auth.sessionId);
    ctx.resHeaders.append("Set-Cookie", clearedSessionCookie(ctx.cookies));
    return { signedOut: true };
  }),

  /** The signed-in user, or null. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? findAccount(ctx.db, ctx.user.id) : null)),

  updateProfile: authedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),

  /** Needs the current password; signs out every other session. */
  changePassword: authedProcedure
    .input(changePasswordInput.superRefine(refuseCommon("newPassword")))
    .mutation(async ({ ctx, input }) => {
      const keep = ctx.auth.kind === "session" ? ctx.auth.sessionId : undefined;
      await changePassword(ctx.db, ctx.user.id, keep, input);
      return { changed: true };
    }),

  /** Always the same answer; mails a link only when the account exists. */
  requestPasswordReset: publicProcedure.input(requestPasswordResetInput).mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const rules = rateRules(ctx.rateLimits);
    if (ctx.clientIp) await takeRate(ctx.db, rules.passwordReset, clientBucket(ctx.clientIp), now);
    // Counted whether or not the account exists, so a 429 tells nothing about who has one.
    await takeRate(ctx.db, rules.resetMailsTo, input.email, now);
    await requestPasswordReset(ctx.db, ctx.mailer, ctx.publicUrl, input.email, now);
    return { message: RESET_REQUESTED };
  }),

  resetPassword: publicProcedure
    .input(resetPasswordInput.superRefine(refuseCommon("newPassword")))
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx.db, input, ctx.clock.now());
      return { reset: true };
    }),

  listSessions: authedProcedure.query(({ ctx }) =>
    listOwnSessions(
      ctx.db,
      ctx.user.id,
      ctx.auth.kind === "session" ? ctx.auth.sessionId : undefined,
      ctx.clock.now(),
    ),
  ),

  revokeSession: authedProcedure.input(sessionIdInput).mutation(async ({ ctx, input }) => {
    await revokeOwnSession(ctx.db, ctx.user.id, input.id);
    return { revoked: true };
  }),

  /** Staff: accounts, newest first, searchable by email or name. */
  list: staffProcedure.input(userListInput).query(({ ctx, input }) => listAccounts(ctx.db, input)),

  byId: staffProcedure.input(userIdInput).query(({ ctx, input }) => getAccountForStaff(ctx.db, input.id)),

  setRole: adminProcedure
    .input(setRoleInput)
    .mutation(({ ctx, input }) => setRole(ctx.db, ctx.user.id, input)),

  setDisabled: adminProcedure
    .input(setDisabledInput)
    .mutation(({ ctx, input }) => setDisabled(ctx.db, ctx.user.id, input, ctx.clock.now())),

  /** Staff: a token for scripts, returned once. */
  createApiToken: staffProcedure
    .input(createApiTokenInput)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.user.id, input, ctx.clock.now())),

  listApiTokens: staffProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id)),

  revokeApiToken: staffProcedure.input(apiTokenIdInput).mutation(async ({ ctx, input }) => {
    await revokeApiToken(ctx.db, ctx.user.id, input.id);
    return { revoked: true };
  }),
} satisfies TRPCRouterRecord;
