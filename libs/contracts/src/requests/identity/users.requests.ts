import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { USER_ROLES, UserRole } from '../../events';
import {
  AdminUserListQuery,
  AuditLogQuery,
  SETTABLE_USER_STATUSES,
  SetUserStatusData,
  SettableUserStatus,
  UpdateMeData,
  USER_STATUSES,
  UserStatus,
} from '../../rpc/identity';
import { PageRequest } from '../common';
import { E164_PATTERN, toE164 } from '../field-rules';
import { BIRTHDAY_PATTERN } from './identity-fields';

const givenAndNotNull = (_: object, value: unknown): boolean => value !== undefined && value !== null;

/**
 * `PUT /users/me`: only what is given changes. Email, password and role are not fields here, so the
 * gateway's whitelist answers 400 for them; identity re-checks the update field by field (the size
 * of `preferences`, a real and old enough birthday, a phone nobody else uses).
 */
export class UpdateMeRequest implements UpdateMeData {
  @ApiPropertyOptional({ example: 'Jane Doe' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: 'Jane Doe', description: 'another name for `name` (older clients send it); give one of them' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  full_name?: string;

  // The shared phone rule (normalised to E.164, then the E.164 pattern), but null is allowed: it removes the number.
  @ApiPropertyOptional({ example: '+237690000000', nullable: true, description: 'E.164, or a Cameroonian or Egyptian national form; stored in E.164, encrypted; null removes it' })
  @ValidateIf(givenAndNotNull)
  @Transform(toE164)
  @IsString()
  @Matches(E164_PATTERN, { message: 'phone must be a valid phone number (E.164, or a Cameroonian or Egyptian national form)' })
  phone?: string | null;

  @ApiPropertyOptional({ example: { theme: 'dark', notifications: true }, description: 'a JSON object of at most 4 KB, seen only by its owner' })
  @IsOptional()
  @IsObject()
  preferences?: Record<string, unknown>;

  @ApiPropertyOptional({ example: '1995-04-23', nullable: true, description: 'YYYY-MM-DD, at least 13 years ago; null removes it' })
  @ValidateIf(givenAndNotNull)
  @IsString()
  @Matches(BIRTHDAY_PATTERN, { message: 'birthday must be a date, YYYY-MM-DD' })
  birthday?: string | null;
}

/** `GET /admin/users?page&limit&role&status&q`. */
export class AdminUserListRequest extends PageRequest implements AdminUserListQuery {
  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ description: 'matched case-insensitively in the email or the name', example: 'awa' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** `PUT /admin/users/:id/status` body. */
export class SetUserStatusRequest implements Omit<SetUserStatusData, 'id'> {
  /** Never `deleted`: erasure is its own command, and cannot be undone by a status change. */
  @ApiProperty({ enum: SETTABLE_USER_STATUSES, example: 'suspended', description: 'erasing an account is DELETE /admin/users/:id' })
  @IsIn(SETTABLE_USER_STATUSES)
  status: SettableUserStatus;

  @ApiPropertyOptional({ example: 'Repeated chargebacks', description: 'kept in the audit log' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

/** `identity.admin.users.set-status`: the body and the account's id from the path. */
export class ChangeUserStatusRequest extends SetUserStatusRequest implements SetUserStatusData {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** `GET /admin/audit-log?page&limit&user_id&actor_id&action&from&to`. */
export class AuditLogListRequest extends PageRequest implements AuditLogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'entries the account made or that concern it' })
  @IsOptional()
  @IsUUID()
  user_id?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'entries the account made' })
  @IsOptional()
  @IsUUID()
  actor_id?: string;

  @ApiPropertyOptional({ example: 'login.failed', description: 'one action exactly, e.g. login.failed, user.deleted' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z', description: 'inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-02-01T00:00:00Z', description: 'exclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
