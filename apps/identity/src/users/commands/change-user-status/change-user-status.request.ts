import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SetUserStatusData, USER_STATUSES, UserStatus } from '@platter/contracts';

export class ChangeUserStatusRequest implements SetUserStatusData {
  @IsUUID() id: string;
  @IsIn(USER_STATUSES) status: UserStatus;
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
