import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { AssignableRole } from '../../domain/staff-rules';

export class AddStaffMemberRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  email: string;

  /** Needed when the email has no account yet: it names the account we make. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @IsIn(['manager', 'staff'])
  membership_role: AssignableRole;
}
