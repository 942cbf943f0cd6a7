import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { type Clock, systemClock } from "./auth/clock";
export type { RateLimits } from "./auth/rate-limits";
export { type CookieSettings, readSessionCookie } from "./auth/session-cookie";
export type { CheckoutConflict, CheckoutLine, ErrorDetails, OutOfRange } from "./error-details";
export { INTERNAL_ERROR_MESSAGE, type ZodFieldErrors } from "./errors";
export { createMailer, type Mailer, type MailTransport } from "./mail/mailer";
export { logTransport, smtpTransport } from "./mail/transports";
export { type AppRouter, appRouter, createCaller } from "./root";
export * from "./schemas";
export {
  type ApiDeps,
  type Context,
  createTRPCContext,
  type ProcedureCall,
  type RequestContext,
} from "./trpc";

/** Inputs of every procedure, e.g. `RouterInputs["animals"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every procedure, e.g. `RouterOutputs["animals"]["list"]["items"][number]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { authenticate } from "./auth/authenticate";
export { isCommonPassword } from "./auth/passwords";
export { DomainError } from "./domain-error";
export { bumpCatalogueVersion, readCatalogueVersion } from "./domains/animals/catalogue-version";
export { addImage } from "./domains/animals/images";
export { expireOverdueOrders } from "./domains/orders/order-actions";
export { mailOrderConfirmation } from "./domains/orders/order-jobs";
export { localPaymentPath, localPaymentProvider } from "./domains/payments/local-provider";
export { applyPaymentEvent, type PaymentEventOutcome } from "./domains/payments/payment-events";
export { mailPaymentReceipt, mailRefundNotice } from "./domains/payments/payment-mail";
export type { PaymentEvent, PaymentProvider } from "./domains/payments/provider";
export { sendRefundToProvider } from "./domains/payments/refunds";
export { readStripeEvent, type StripeEventReading } from "./domains/payments/stripe-events";
export { stripeClient, stripePaymentProvider } from "./domains/payments/stripe-provider";
export { recordUnusableEvent } from "./domains/payments/unusable-events";
export { createOrPromoteAdmin } from "./domains/users/accounts";
export { DEMO_ACCOUNTS, seedDemoAccounts } from "./domains/users/demo-accounts";
export type { JobName, JobPayloads, JobQueue } from "./jobs/job-queue";
export { type QueuedJob, recordingJobQueue } from "./jobs/recording-queue";
export { fileMediaStore, MEDIA_URL_PREFIX, type MediaStore } from "./media/media-store";
