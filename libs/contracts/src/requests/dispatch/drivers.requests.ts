import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DriverAvailabilityData, DriverLocationData, UpdateDriverProfileData, VEHICLE_TYPES, VehicleType } from '../../rpc/dispatch';

/** `PUT /driver/profile`: absent optional fields stay as they are. */
export class UpdateDriverProfileRequest implements UpdateDriverProfileData {
  @ApiProperty({ enum: VEHICLE_TYPES, example: 'motorbike' })
  @IsIn(VEHICLE_TYPES)
  vehicle_type: VehicleType;

  @ApiPropertyOptional({ example: 'LT 1234 A', description: 'Required except for a bicycle' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  vehicle_plate?: string | null;

  @ApiPropertyOptional({ example: 'CM-123456', description: 'Driving licence number; null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  license_number?: string | null;

  @ApiPropertyOptional({ example: 'Paul Livreur', description: 'The name restaurants and customers see' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ example: '+237670000003', description: 'Contact phone (E.164 or a national number); null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;
}

/** `PUT /driver/availability`. */
export class DriverAvailabilityRequest implements DriverAvailabilityData {
  @ApiProperty({ description: 'true: offered work; false: offered none (deliveries in hand stay yours)' })
  @IsBoolean()
  online: boolean;
}

/** `PUT /driver/location`. */
export class DriverLocationRequest implements DriverLocationData {
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
