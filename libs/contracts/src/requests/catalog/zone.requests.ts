import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { CreateDeliveryZoneData, DeliveryQuoteQuery, UpdateDeliveryZoneData } from '../../rpc/catalog-zones';
import { IsMoneyAmount } from '../field-rules';
import { MAX_PRICE } from './menu.requests';

/** Limits of a delivery zone, for create and update alike. */
export const ZONE_LIMITS = { maxRadiusKm: 200, maxPolygonPoints: 1000, maxMinutes: 24 * 60, maxMoney: MAX_PRICE } as const;

/** A query-string number (`?lat=4.05`); an empty one is not 0 and stays a failure. */
const queryNumber = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : value);
const FINITE = { allowNaN: false, allowInfinity: false };

/**
 * POST /restaurant/zones. Exactly one of radius_km or polygon; catalog checks that, the polygon's
 * points and that its edges do not cross.
 */
export class CreateDeliveryZoneRequest implements CreateDeliveryZoneData {
  @ApiProperty({ example: 'Akwa', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;

  @ApiPropertyOptional({ description: "a circle of this radius around the restaurant's latitude/longitude", example: 3, minimum: 0.01, maximum: ZONE_LIMITS.maxRadiusKm })
  @IsOptional() @IsNumber(FINITE) @Min(0.01) @Max(ZONE_LIMITS.maxRadiusKm) radius_km?: number;

  @ApiPropertyOptional({
    description: '[[lng, lat], ...] (GeoJSON order), closed or not; at least 3 points, edges must not cross',
    example: [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]],
  })
  @IsOptional() @IsArray() @ArrayMaxSize(ZONE_LIMITS.maxPolygonPoints) polygon?: Array<[number, number]>;

  @IsMoneyAmount({ min: 0, max: ZONE_LIMITS.maxMoney }) delivery_fee: number;

  @IsMoneyAmount({ min: 0, max: ZONE_LIMITS.maxMoney, optional: true, description: "subtotal a delivery order in this zone needs, in the currency's minor unit (default 0)" })
  minimum_order?: number;

  @ApiProperty({ example: 35, minimum: 1, maximum: ZONE_LIMITS.maxMinutes })
  @IsInt() @Min(1) @Max(ZONE_LIMITS.maxMinutes) estimated_minutes: number;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() is_active?: boolean;
}

/** PUT /restaurant/zones/:id: any field; radius_km or polygon replaces the geometry. */
export class UpdateDeliveryZoneBody extends PartialType(CreateDeliveryZoneRequest) {}

export class UpdateDeliveryZoneRequest extends UpdateDeliveryZoneBody implements UpdateDeliveryZoneData {
  @IsUUID() id: string;
}

/** GET /public/restaurants/:id/delivery-quote?lat=&lng= */
export class DeliveryQuoteQueryRequest {
  @ApiProperty({ example: 4.05, minimum: -90, maximum: 90 })
  @Transform(queryNumber) @IsNumber(FINITE) @Min(-90) @Max(90) lat: number;

  @ApiProperty({ example: 9.7, minimum: -180, maximum: 180 })
  @Transform(queryNumber) @IsNumber(FINITE) @Min(-180) @Max(180) lng: number;
}

/** The quote's point with the restaurant's id from the path. */
export class DeliveryQuoteRequest extends DeliveryQuoteQueryRequest implements DeliveryQuoteQuery {
  @IsUUID() id: string;
}
