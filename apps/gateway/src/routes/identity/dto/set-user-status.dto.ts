import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SETTABLE_USER_STATUSES, SettableUserStatus } from '@platter/contracts';

export class SetUserStatusDto {
  @ApiProperty({ enum: SETTABLE_USER_STATUSES, example: 'suspended', description: 'erasing an account is DELETE /admin/users/:id' })
  @IsIn(SETTABLE_USER_STATUSES)
  status: SettableUserStatus;

  @ApiPropertyOptional({ example: 'Repeated chargebacks', description: 'kept in the audit log' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
