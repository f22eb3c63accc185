import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SERVICES, ServiceName } from '@platter/contracts';

export class DeadLetterServiceParam {
  @ApiProperty({ enum: SERVICES })
  @IsIn(SERVICES)
  service: ServiceName;
}

export class ListDeadLettersQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class ReplayDeadLettersDto {
  @ApiPropertyOptional({ type: [String], description: 'Message ids to replay; all dead letters when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(128, { each: true })
  message_ids?: string[];
}
