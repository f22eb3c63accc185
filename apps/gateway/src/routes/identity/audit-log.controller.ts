import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AuditLogEntryView, Page, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { AuditLogQueryDto } from './dto/audit-log-query.dto';

/** Identity's security log (logins, lockouts, 2FA, admin actions), for admins. */
@ApiTags('admin')
@Controller('admin/audit-log')
export class AuditLogController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Security events, newest first, by account, actor, action and time' })
  list(@Query() query: AuditLogQueryDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<AuditLogEntryView>> {
    return this.rpc.call(RPC.identity.adminAuditLog, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }
}
