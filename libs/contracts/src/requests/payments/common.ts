import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** What payments accepts as an Idempotency-Key (the gateway takes it from the header): printable ASCII, 1 to 255 characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** A 3-letter ISO 4217 code, e.g. XAF. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** An optional currency: the wallet's, the payout's or the top-up's (XAF when absent). */
export function IsCurrencyCode(description = 'ISO 4217; XAF when absent'): PropertyDecorator {
  return (target, key) => {
    Matches(CURRENCY_PATTERN, { message: 'currency must be a 3-letter ISO 4217 code, e.g. XAF' })(target, key);
    IsOptional()(target, key);
    ApiPropertyOptional({ example: 'XAF', description })(target, key);
  };
}

/** The Idempotency-Key the gateway adds from the header; never part of a body. */
export function IsIdempotencyKey(): PropertyDecorator {
  return (target, key) => {
    Matches(IDEMPOTENCY_KEY_PATTERN, { message: 'idempotency_key must be 1 to 255 visible ASCII characters' })(target, key);
    IsOptional()(target, key);
  };
}
