import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { UpdateDriverProfileData, VEHICLE_TYPES, VehicleType } from '@platter/contracts';

export class UpdateDriverProfileRequest implements UpdateDriverProfileData {
  @IsIn(VEHICLE_TYPES) vehicle_type: VehicleType;
  @IsOptional() @IsString() @MaxLength(20) vehicle_plate?: string | null;
  @IsOptional() @IsString() @MaxLength(50) license_number?: string | null;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @IsOptional() @IsString() @MaxLength(32) phone?: string | null;
}
