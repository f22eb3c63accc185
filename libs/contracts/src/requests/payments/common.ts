import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

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
