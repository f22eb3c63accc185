import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditLogQuery } from '@platter/contracts';
import { PageRequest } from '@platter/service-kit';

export class ListAuditLogRequest extends PageRequest implements AuditLogQuery {
  /** Entries the account made (actor) or that concern it (target). */
  @IsOptional() @IsUUID() user_id?: string;
  @IsOptional() @IsUUID() actor_id?: string;
  /** One action exactly, e.g. `login.failed`, `user.deleted`. */
  @IsOptional() @IsString() @MaxLength(100) action?: string;
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}
