import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CouponTermsData } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { QueryBoolean } from '../../common/dto/query-boolean';

const MAX_AMOUNT = 2_147_483_647;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
const CODE_MESSAGE = 'code must be 3 to 32 letters, digits, "-" or "_"';
/** Present and not null: null clears an optional term on update. */
const given = (_: object, value: unknown) => value !== undefined && value !== null;

/** A coupon's terms; on update every one is optional and only those given change. Amounts in minor units. */
export class UpdateCouponDto implements Partial<CouponTermsData> {
  @ApiPropertyOptional({ example: 'WELCOME10', description: 'case-insensitive, unique per restaurant (or platform-wide)' })
  @IsOptional() @IsString() @Matches(CODE, { message: CODE_MESSAGE }) code?: string;

  @ApiPropertyOptional({ enum: ['percent', 'fixed'] })
  @IsOptional() @IsIn(['percent', 'fixed']) discount_type?: 'percent' | 'fixed';

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, example: 1000, description: 'percent coupons: basis points of the subtotal (1000 = 10 %)', nullable: true })
  @ValidateIf(given) @IsInt() @Min(1) @Max(10_000) percent_bps?: number | null;

  @ApiPropertyOptional({ minimum: 1, example: 1500, description: 'fixed coupons: the amount taken off', nullable: true })
  @ValidateIf(given) @IsInt() @Min(1) @Max(MAX_AMOUNT) amount?: number | null;

  @ApiPropertyOptional({ minimum: 1, description: 'percent coupons: the most they take off', nullable: true })
  @ValidateIf(given) @IsInt() @Min(1) @Max(MAX_AMOUNT) max_discount?: number | null;

  @ApiPropertyOptional({ minimum: 0, description: 'the subtotal (before discounts) an order needs' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_AMOUNT) min_subtotal?: number;

  @ApiPropertyOptional({ example: 'XAF', description: "platform coupons (default XAF); a restaurant's are in its currency" })
  @IsOptional() @IsString() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as XAF' }) currency?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true }) @ValidateIf(given) @IsISO8601() starts_at?: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) @ValidateIf(given) @IsISO8601() ends_at?: string | null;

  @ApiPropertyOptional({ minimum: 1, description: 'uses across every customer; null = unlimited', nullable: true })
  @ValidateIf(given) @IsInt() @Min(1) @Max(MAX_AMOUNT) max_uses?: number | null;

  @ApiPropertyOptional({ minimum: 1, description: 'uses per customer; null = unlimited', nullable: true })
  @ValidateIf(given) @IsInt() @Min(1) @Max(MAX_AMOUNT) per_customer_limit?: number | null;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() is_active?: boolean;
}

export class CreateCouponDto extends UpdateCouponDto implements CouponTermsData {
  @ApiProperty({ example: 'WELCOME10' }) @IsString() @Matches(CODE, { message: CODE_MESSAGE }) declare code: string;
  @ApiProperty({ enum: ['percent', 'fixed'] }) @IsIn(['percent', 'fixed']) declare discount_type: 'percent' | 'fixed';
}

export class ListCouponsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of a code, case-insensitive' }) @IsOptional() @IsString() @MaxLength(32) code?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  is_active?: boolean;
}
