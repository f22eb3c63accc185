import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { AddStaffData } from '@platter/contracts';

export class AddStaffMemberDto implements AddStaffData {
  @ApiProperty({ example: 'chef@example.cm' })
  @IsEmail()
  @Length(3, 254)
  email: string;

  @ApiPropertyOptional({ description: 'Required when the email has no account yet' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiProperty({ enum: ['manager', 'staff'] })
  @IsIn(['manager', 'staff'])
  membership_role: 'manager' | 'staff';
}
