import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DriverAvailabilityData, DriverLocationData } from '@platter/contracts';

export class DriverAvailabilityDto implements DriverAvailabilityData {
  @ApiProperty({ description: 'true: offered work; false: offered none (deliveries in hand stay yours)' })
  @IsBoolean()
  online: boolean;
}

export class DriverLocationDto implements DriverLocationData {
  @ApiProperty({ minimum: -90, maximum: 90, example: 4.05 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: 9.7 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 360, description: 'degrees from north' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(360)
  heading?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 400, description: 'km/h' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(400)
  speed?: number;
}

export class DeliverOrderDto {
  @ApiProperty({ description: 'The code the customer gives the driver at the door', example: '4821' })
  @IsString()
  @MaxLength(32)
  delivery_code: string;
}
