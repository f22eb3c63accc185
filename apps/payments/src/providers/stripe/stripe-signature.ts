import { verifyTimestampedHmac } from '../noupay/noupay-signature';

/**
 * Stripe's `Stripe-Signature: t=...,v1=...[,v1=...][,v0=...]`: v1 = HMAC-SHA256(whsec, `${t}.${raw body}`),
 * hex; any v1 may match (secret rolling); v0 (test-mode legacy) is ignored; 300 s tolerance by default.
 */
export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';

export function verifyStripeSignature(header: string | undefined, rawBody: string, secret: string, toleranceSeconds = 300, nowSeconds?: number) {
  return verifyTimestampedHmac(header, rawBody, secret, toleranceSeconds, nowSeconds);
}
