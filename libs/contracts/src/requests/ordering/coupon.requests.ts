import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmptyObject, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CouponIdData, CouponScope, CouponTermsData, CreateCouponData, ListCouponsData, UpdateCouponData } from '../../rpc/ordering';
import { IsEntityId, IsMoneyAmount } from '../field-rules';
import { PageRequest, QueryBoolean } from '../common';

/**
 * Coupons, a restaurant's own (/restaurant/coupons) or the platform's (/admin/coupons): the bodies
 * the gateway binds, and the messages ordering checks (the body plus the scope the route gives).
 */

export const COUPON_SCOPES: readonly CouponScope[] = ['restaurant', 'platform'];
export const COUPON_DISCOUNT_TYPES = ['percent', 'fixed'] as const;
/** What a coupon's code may be written as (it is matched case-insensitively). */
export const COUPON_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
const CODE_MESSAGE = 'code must be 3 to 32 letters, digits, "-" or "_"';

/** A coupon's terms with every one optional: the body of an update (only those given change; null clears one). Amounts in minor units. */
export class UpdateCouponRequest implements Partial<CouponTermsData> {
  @ApiPropertyOptional({ example: 'WELCOME10', description: 'case-insensitive, unique per restaurant (or platform-wide)' })
  @IsOptional()
  @IsString()
  @Matches(COUPON_CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ enum: COUPON_DISCOUNT_TYPES })
  @IsOptional()
  @IsIn(COUPON_DISCOUNT_TYPES)
  discount_type?: 'percent' | 'fixed';

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, example: 1000, description: 'percent coupons: basis points of the subtotal (1000 = 10 %)', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  percent_bps?: number | null;

  @IsMoneyAmount({ optional: true, description: 'fixed coupons: the amount taken off; null clears it' })
  amount?: number | null;

  @IsMoneyAmount({ optional: true, description: 'percent coupons: the most they take off; null clears it' })
  max_discount?: number | null;

  @IsMoneyAmount({ optional: true, min: 0, description: 'the subtotal (before discounts) an order needs' })
  min_subtotal?: number;

  @ApiPropertyOptional({ example: 'XAF', description: "platform coupons (default XAF); a restaurant's are in its currency" })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as XAF' })
  currency?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601()
  starts_at?: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601()
  ends_at?: string | null;

  @ApiPropertyOptional({ minimum: 1, description: 'uses across every customer; null = unlimited', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  max_uses?: number | null;

  @ApiPropertyOptional({ minimum: 1, description: 'uses per customer; null = unlimited', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  per_customer_limit?: number | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;
}

/** Body of a creation: the code and the discount type are required. */
export class CreateCouponRequest extends UpdateCouponRequest implements CouponTermsData {
  @ApiProperty({ example: 'WELCOME10', description: 'case-insensitive, unique per restaurant (or platform-wide)' })
  @IsString()
  @Matches(COUPON_CODE_PATTERN, { message: CODE_MESSAGE })
  declare code: string;

  @ApiProperty({ enum: COUPON_DISCOUNT_TYPES })
  @IsIn(COUPON_DISCOUNT_TYPES)
  declare discount_type: 'percent' | 'fixed';
}

/** The scope a coupon route speaks for; the gateway sets it, never the client. */
function IsCouponScope(): PropertyDecorator {
  return IsIn(COUPON_SCOPES);
}

/** `ordering.coupons.create`. */
export class CreateCouponRpcRequest extends CreateCouponRequest implements CreateCouponData {
  @IsCouponScope()
  scope: CouponScope;
}

/** `ordering.coupons.update`: at least one term changes. */
export class UpdateCouponRpcRequest implements UpdateCouponData {
  @IsCouponScope()
  scope: CouponScope;

  @IsEntityId()
  id: string;

  @IsObject()
  @IsNotEmptyObject({}, { message: 'coupon must change at least one field' })
  @ValidateNested()
  @Type(() => UpdateCouponRequest)
  coupon: UpdateCouponRequest;
}

/** `ordering.coupons.get` and `ordering.coupons.delete`. */
export class CouponIdRpcRequest implements CouponIdData {
  @IsCouponScope()
  scope: CouponScope;

  @IsEntityId()
  id: string;
}

/** `?page&limit&code&is_active` of the coupon lists. */
export class ListCouponsQuery extends PageRequest implements Omit<ListCouponsData, 'scope'> {
  @ApiPropertyOptional({ description: 'part of a code, case-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  is_active?: boolean;
}

/** `ordering.coupons.list`. */
export class ListCouponsRpcRequest extends ListCouponsQuery implements ListCouponsData {
  @IsCouponScope()
  scope: CouponScope;
}
