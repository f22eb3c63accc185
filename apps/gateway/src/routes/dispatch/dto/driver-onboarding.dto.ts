import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { AdminDriversQuery, DRIVER_STATUSES, DriverStatus, UpdateDriverProfileData, VEHICLE_TYPES, VehicleType } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { QueryBoolean } from '../../common/dto/query-boolean';

/** `PUT /driver/profile`. */
export class DriverProfileDto implements UpdateDriverProfileData {
  @ApiProperty({ enum: VEHICLE_TYPES, example: 'motorbike' })
  @IsIn(VEHICLE_TYPES)
  vehicle_type: VehicleType;

  @ApiPropertyOptional({ example: 'LT 1234 A', description: 'Required except for a bicycle' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  vehicle_plate?: string | null;

  @ApiPropertyOptional({ example: 'CM-123456', description: "Driving licence number; null clears it" })
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

/** `GET /admin/drivers`. */
export class AdminDriversQueryDto extends PageQueryDto implements AdminDriversQuery {
  @ApiPropertyOptional({ enum: DRIVER_STATUSES })
  @IsOptional()
  @IsIn(DRIVER_STATUSES)
  status?: DriverStatus;

  @ApiPropertyOptional({ description: 'true: online drivers only; false: offline ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({ description: 'Part of a name, phone, plate or licence number, or a driver id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** Why an admin rejects or suspends a driver; the driver sees it. */
export class DriverReviewReasonDto {
  @ApiProperty({ example: 'The driving licence has expired' })
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class DriverDocumentParamDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() documentId: string;
}
