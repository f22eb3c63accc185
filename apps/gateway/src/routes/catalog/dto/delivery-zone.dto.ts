import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CreateDeliveryZoneData } from '@platter/contracts';

/**
 * POST /restaurant/zones. Exactly one of radius_km or polygon; catalog checks that, the polygon's
 * coordinates and that its edges do not cross (this only checks the shape of the JSON).
 */
export class CreateDeliveryZoneDto implements CreateDeliveryZoneData {
  @ApiProperty({ example: 'Akwa' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ description: "a circle of this radius around the restaurant's latitude/longitude", example: 3, maximum: 200 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(200)
  radius_km?: number;

  @ApiPropertyOptional({
    description: '[[lng, lat], ...] (GeoJSON order), closed or not; at least 3 points, edges must not cross',
    example: [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(3)
  @ArrayMaxSize(1000)
  @IsArray({ each: true })
  @ArrayMinSize(2, { each: true })
  @ArrayMaxSize(2, { each: true })
  polygon?: Array<[number, number]>;

  @ApiProperty({ description: "integer in the currency's minor unit", example: 1000, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  delivery_fee: number;

  @ApiPropertyOptional({ description: "subtotal a delivery order in this zone needs, in the currency's minor unit", default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  minimum_order?: number;

  @ApiProperty({ example: 35, minimum: 1, maximum: 1440 })
  @IsInt()
  @Min(1)
  @Max(1440)
  estimated_minutes: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;
}

/** PUT /restaurant/zones/:id: any field; radius_km or polygon replaces the geometry. */
export class UpdateDeliveryZoneDto extends PartialType(CreateDeliveryZoneDto) {}

/** GET /public/restaurants/:id/delivery-quote?lat=&lng= */
export class DeliveryQuoteQueryDto {
  @ApiProperty({ example: 4.05, minimum: -90, maximum: 90 })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @ApiProperty({ example: 9.7, minimum: -180, maximum: 180 })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng: number;
}
