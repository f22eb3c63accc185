import { IDEMPOTENCY_KEY } from '../payments/request-keys';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PayoutStatus, PayoutsQuery, RequestDriverPayoutData, RunPayoutsData, SetPayoutStatusData } from '@platter/contracts';

export class RequestDriverPayoutRequest implements RequestDriverPayoutData {
  @IsInt() @Min(1) @Max(100_000_000) amount: number;
  /** Mobile-money number the finance team pays (E.164); the driver's own by default. */
  @IsOptional() @Matches(/^\+[1-9]\d{7,14}$/, { message: 'phone must be an E.164 number, e.g. +237670000000' }) phone?: string;
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be a 3-letter ISO 4217 code' }) currency?: string;
  @IsOptional() @Matches(IDEMPOTENCY_KEY) idempotency_key?: string;
}

export class RunPayoutsRequest implements RunPayoutsData {
  @IsOptional() @IsISO8601() as_of?: string;
}

export class SetPayoutStatusRequest implements SetPayoutStatusData {
  @IsUUID() id: string;
  @IsIn(['paid', 'failed']) status: 'paid' | 'failed';
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) reference?: string;
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class PayoutsRequest implements PayoutsQuery {
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) page: number = 1;
  @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
  @IsOptional() @IsIn(['pending', 'paid', 'failed']) status?: PayoutStatus;
  @IsOptional() @IsIn(['restaurant', 'driver']) payee_type?: 'restaurant' | 'driver';
  @IsOptional() @IsUUID() payee_id?: string;
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
}
