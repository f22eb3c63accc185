import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { UpdateDeliveryZoneData } from '@platter/contracts';
import { ZONE_LIMITS } from '../create-zone/create-zone.request';

export class UpdateZoneRequest implements UpdateDeliveryZoneData {
  @IsUUID() id: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0.01) @Max(ZONE_LIMITS.maxRadiusKm) radius_km?: number;
  @IsOptional() @IsArray() @ArrayMaxSize(ZONE_LIMITS.maxPolygonPoints) polygon?: Array<[number, number]>;
  @IsOptional() @IsInt() @Min(0) @Max(ZONE_LIMITS.maxMoney) delivery_fee?: number;
  @IsOptional() @IsInt() @Min(0) @Max(ZONE_LIMITS.maxMoney) minimum_order?: number;
  @IsOptional() @IsInt() @Min(1) @Max(ZONE_LIMITS.maxMinutes) estimated_minutes?: number;
  @IsOptional() @IsBoolean() is_active?: boolean;
}
