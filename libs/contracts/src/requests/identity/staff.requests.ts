import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { AddStaffData, ChangeStaffRoleData } from '../../rpc/identity';

/** The roles an owner or manager may give; `owner` comes only with an approved restaurant. */
export const ASSIGNABLE_STAFF_ROLES = ['manager', 'staff'] as const;
export type AssignableStaffRole = (typeof ASSIGNABLE_STAFF_ROLES)[number];

/** `POST /restaurant/staff`: an account is made for an email we do not know yet. */
export class AddStaffMemberRequest implements AddStaffData {
  @ApiProperty({ example: 'chef@example.cm' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @Length(3, 254)
  email: string;

  @ApiPropertyOptional({ description: 'Required when the email has no account yet: it names the account made' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiProperty({ enum: ASSIGNABLE_STAFF_ROLES })
  @IsIn(ASSIGNABLE_STAFF_ROLES)
  membership_role: AssignableStaffRole;
}

/** `PUT /restaurant/staff/:id` body. */
export class StaffRoleRequest implements Omit<ChangeStaffRoleData, 'id'> {
  @ApiProperty({ enum: ASSIGNABLE_STAFF_ROLES })
  @IsIn(ASSIGNABLE_STAFF_ROLES)
  membership_role: AssignableStaffRole;
}

/** `identity.staff.change-role`: the body and the membership's id (as `/restaurant/staff` lists it) from the path. */
export class ChangeStaffRoleRequest extends StaffRoleRequest implements ChangeStaffRoleData {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
