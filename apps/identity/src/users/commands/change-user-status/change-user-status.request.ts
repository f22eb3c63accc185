import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SETTABLE_USER_STATUSES, SetUserStatusData, SettableUserStatus } from '@platter/contracts';

export class ChangeUserStatusRequest implements SetUserStatusData {
  @IsUUID() id: string;
  /** Never `deleted`: erasure is its own command (DeleteUserService), and cannot be undone here. */
  @IsIn(SETTABLE_USER_STATUSES) status: SettableUserStatus;
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
