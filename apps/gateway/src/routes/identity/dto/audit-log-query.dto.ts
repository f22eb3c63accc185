import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditLogQuery } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';

/** `GET /admin/audit-log?page&limit&user_id&actor_id&action&from&to`. */
export class AuditLogQueryDto extends PageQueryDto implements AuditLogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'entries the account made or that concern it' })
  @IsOptional()
  @IsUUID()
  user_id?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'entries the account made' })
  @IsOptional()
  @IsUUID()
  actor_id?: string;

  @ApiPropertyOptional({ example: 'login.failed' })
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
