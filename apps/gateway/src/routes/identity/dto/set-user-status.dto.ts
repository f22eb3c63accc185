import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { USER_STATUSES, UserStatus } from '@platter/contracts';

export class SetUserStatusDto {
  @ApiProperty({ enum: USER_STATUSES, example: 'suspended' })
  @IsIn(USER_STATUSES)
  status: UserStatus;

  @ApiPropertyOptional({ example: 'Repeated chargebacks', description: 'kept in the audit log' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
