import { IDEMPOTENCY_KEY } from '../payments/request-keys';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AdminCreditWalletData, ChargeWalletData, WalletEntriesQuery, WalletQuery } from '@platter/contracts';

export class WalletRequest implements WalletQuery {
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be a 3-letter ISO 4217 code' }) currency?: string;
}

export class WalletEntriesRequest extends WalletRequest implements WalletEntriesQuery {
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) page: number = 1;
  @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
}

export class ChargeWalletRequest implements ChargeWalletData {
  @IsUUID() order_id: string;
}

export class AdminCreditWalletRequest implements AdminCreditWalletData {
  @IsUUID() user_id: string;
  /** Minor units; a goodwill credit, not a top-up: capped to catch a slipped finger. */
  @IsInt() @Min(1) @Max(10_000_000) amount: number;
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be a 3-letter ISO 4217 code' }) currency?: string;
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
  @IsOptional() @Matches(IDEMPOTENCY_KEY) idempotency_key?: string;
}

export class AdminWalletRequest extends WalletRequest {
  @IsUUID() user_id: string;
}
