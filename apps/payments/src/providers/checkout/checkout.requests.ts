import { IDEMPOTENCY_KEY } from '../../payments/request-keys';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { MOBILE_MONEY_METHODS, MobileMoneyMethod, TOPUP_METHODS, TopupMethod } from '@platter/contracts';


/** The largest top-up accepted at once, in minor units (1,000,000 XAF). */
export const MAX_TOPUP_AMOUNT = 1_000_000;

export class InitiateMobileMoneyRequest {
  @IsIn(MOBILE_MONEY_METHODS) provider: MobileMoneyMethod;
  @IsUUID() order_id: string;
  @IsOptional() @IsString() @MaxLength(32) phone?: string;
  @IsOptional() @Matches(IDEMPOTENCY_KEY) idempotency_key?: string;
}

export class CardCheckoutRequest {
  @IsUUID() order_id: string;
  @IsOptional() @Matches(IDEMPOTENCY_KEY) idempotency_key?: string;
}

export class WalletTopupRequest {
  @IsInt() @Min(1) @Max(MAX_TOPUP_AMOUNT) amount: number;
  @IsIn(TOPUP_METHODS) method: TopupMethod;
  @IsOptional() @IsString() @MaxLength(32) phone?: string;
  @IsOptional() @Matches(/^[A-Z]{3}$/) currency?: string;
  @IsOptional() @Matches(IDEMPOTENCY_KEY) idempotency_key?: string;
}
