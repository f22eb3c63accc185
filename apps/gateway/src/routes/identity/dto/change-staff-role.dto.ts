import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class ChangeStaffRoleDto {
  @ApiProperty({ enum: ['manager', 'staff'] })
  @IsIn(['manager', 'staff'])
  membership_role: 'manager' | 'staff';
}
