import { Type } from 'class-transformer';
import {
  IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmptyObject, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { CouponIdData, CouponScope, CouponTermsData, CreateCouponData, ListCouponsData, UpdateCouponData } from '@platter/contracts';
import { PageRequest } from '@platter/service-kit';
import { COUPON_KINDS } from '../../coupon.entity';

const SCOPES: CouponScope[] = ['restaurant', 'platform'];
/** The orders table holds amounts as int4. */
const MAX_AMOUNT = 2_147_483_647;
export const COUPON_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
const CODE_MESSAGE = 'code must be 3 to 32 letters, digits, "-" or "_"';

/** Every term optional: the body of an update, and the base of a creation. */
export class CouponPatchRequest implements Partial<CouponTermsData> {
  @IsOptional() @IsString() @Matches(COUPON_CODE, { message: CODE_MESSAGE }) code?: string;
  @IsOptional() @IsIn(COUPON_KINDS) discount_type?: 'percent' | 'fixed';
  @IsOptional() @IsInt() @Min(1) @Max(10_000) percent_bps?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) amount?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) max_discount?: number | null;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_AMOUNT) min_subtotal?: number;
  @IsOptional() @IsString() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as XAF' }) currency?: string;
  @IsOptional() @IsISO8601() starts_at?: string | null;
  @IsOptional() @IsISO8601() ends_at?: string | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) max_uses?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) per_customer_limit?: number | null;
  @IsOptional() @IsBoolean() is_active?: boolean;
}

export class CreateCouponRequest implements CreateCouponData {
  @IsIn(SCOPES) scope: CouponScope;
  @IsString() @Matches(COUPON_CODE, { message: CODE_MESSAGE }) code: string;
  @IsIn(COUPON_KINDS) discount_type: 'percent' | 'fixed';
  @IsOptional() @IsInt() @Min(1) @Max(10_000) percent_bps?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) amount?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) max_discount?: number | null;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_AMOUNT) min_subtotal?: number;
  @IsOptional() @IsString() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as XAF' }) currency?: string;
  @IsOptional() @IsISO8601() starts_at?: string | null;
  @IsOptional() @IsISO8601() ends_at?: string | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) max_uses?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_AMOUNT) per_customer_limit?: number | null;
  @IsOptional() @IsBoolean() is_active?: boolean;
}

export class UpdateCouponRequest implements UpdateCouponData {
  @IsIn(SCOPES) scope: CouponScope;
  @IsUUID() id: string;
  @IsObject() @IsNotEmptyObject({}, { message: 'coupon must change at least one field' })
  @ValidateNested() @Type(() => CouponPatchRequest)
  coupon: CouponPatchRequest;
}

export class CouponIdRequest implements CouponIdData {
  @IsIn(SCOPES) scope: CouponScope;
  @IsUUID() id: string;
}

export class ListCouponsRequest extends PageRequest implements ListCouponsData {
  @IsIn(SCOPES) scope: CouponScope;
  @IsOptional() @IsString() @MaxLength(32) code?: string;
  @IsOptional() @IsBoolean() is_active?: boolean;
}
