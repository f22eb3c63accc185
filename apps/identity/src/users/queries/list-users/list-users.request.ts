import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AdminUserListQuery, USER_ROLES, USER_STATUSES, UserRole, UserStatus } from '@platter/contracts';
import { PageRequest } from '@platter/service-kit';

export class ListUsersRequest extends PageRequest implements AdminUserListQuery {
  @IsOptional() @IsIn(USER_ROLES) role?: UserRole;
  @IsOptional() @IsIn(USER_STATUSES) status?: UserStatus;
  /** Matched case-insensitively anywhere in the email or the name. */
  @IsOptional() @IsString() @MaxLength(100) q?: string;
}
