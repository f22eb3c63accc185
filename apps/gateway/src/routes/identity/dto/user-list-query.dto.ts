import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AdminUserListQuery, USER_ROLES, USER_STATUSES, UserRole, UserStatus } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';

/** `GET /admin/users?page&limit&role&status&q`. */
export class UserListQueryDto extends PageQueryDto implements AdminUserListQuery {
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
