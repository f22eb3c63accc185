import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AmqpConnection, DeadLetter, DeadLetterAdmin, ServiceUnavailableError } from '@platter/messaging';
import { GatewayConfig } from '../../gateway.config';
import { Authenticated } from '../common/access';
import { DeadLetterServiceParam, ListDeadLettersQuery, ReplayDeadLettersDto } from './dto/dead-letters.dto';

/** Operators inspect and replay a service's dead-letter queue (also `npm run dead-letters`). */
@ApiTags('operations')
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(
    private readonly amqp: AmqpConnection,
    private readonly config: GatewayConfig,
  ) {}

  @Get(':service')
  @Authenticated('admin')
  @ApiOperation({ summary: "Peek at a service's dead letters (nothing is removed)" })
  list(@Param() { service }: DeadLetterServiceParam, @Query() query: ListDeadLettersQuery): Promise<DeadLetter[]> {
    return this.admin().list(service, query.limit ?? 100);
  }

  @Post(':service/replay')
  @Authenticated('admin')
  @ApiOperation({ summary: "Move dead letters (all, or the given ids) back into the service's queue" })
  async replay(@Param() { service }: DeadLetterServiceParam, @Body() body: ReplayDeadLettersDto): Promise<{ replayed: number }> {
    return { replayed: await this.admin().replay(service, body?.message_ids) };
  }

  private admin(): DeadLetterAdmin {
    const model = this.amqp.current;
    if (!model) throw new ServiceUnavailableError('The message broker is not reachable');
    return new DeadLetterAdmin(model, this.config.PLATTER_NAMESPACE);
  }
}
