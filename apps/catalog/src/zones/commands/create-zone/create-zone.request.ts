import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CreateDeliveryZoneData } from '@platter/contracts';

/** Limits shared by create and update. */
export const ZONE_LIMITS = { maxRadiusKm: 200, maxPolygonPoints: 1000, maxMinutes: 24 * 60, maxMoney: 1_000_000_000 } as const;

export class CreateZoneRequest implements CreateDeliveryZoneData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0.01) @Max(ZONE_LIMITS.maxRadiusKm) radius_km?: number;
  /** Pairs are checked by zoneShapeFrom (class-validator cannot describe [number, number][]). */
  @IsOptional() @IsArray() @ArrayMaxSize(ZONE_LIMITS.maxPolygonPoints) polygon?: Array<[number, number]>;
  @IsInt() @Min(0) @Max(ZONE_LIMITS.maxMoney) delivery_fee: number;
  @IsOptional() @IsInt() @Min(0) @Max(ZONE_LIMITS.maxMoney) minimum_order?: number;
  @IsInt() @Min(1) @Max(ZONE_LIMITS.maxMinutes) estimated_minutes: number;
  @IsOptional() @IsBoolean() is_active?: boolean;
}
