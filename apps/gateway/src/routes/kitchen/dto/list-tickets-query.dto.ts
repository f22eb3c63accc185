import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { TICKET_STATUSES, TicketStatus } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';

export class ListTicketsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  order_id?: string;

  @ApiPropertyOptional({ enum: TICKET_STATUSES, description: 'open, in_progress, done; void: cancelled; pending: drafts of orders not accepted yet (listed only when asked for)' })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;
}
