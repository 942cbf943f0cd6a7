import {
  localPaymentProvider,
  type PaymentProvider,
  stripeClient,
  stripePaymentProvider,
} from "@petshop/api";
import type { Config } from "@petshop/config";
import type Stripe from "stripe";

export interface Payments {
  provider: PaymentProvider;
  /** Set when Stripe is configured: what verifies its webhooks. */
  stripeWebhook: { client: Stripe; secret: string } | null;
}

/** Stripe when its keys are configured, else the local provider (the embedded default). */
export function paymentsFor(config: Pick<Config, "payments" | "publicUrl">): Payments {
  if (config.payments.provider === "local") {
    return { provider: localPaymentProvider(config.publicUrl), stripeWebhook: null };
  }
  const settings = { secretKey: config.payments.secretKey, webhookSecret: config.payments.webhookSecret };
  const client = stripeClient(settings);
  return {
    provider: stripePaymentProvider(settings, client),
    stripeWebhook: { client, secret: settings.webhookSecret },
  };
}
