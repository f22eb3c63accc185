import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AuditLogEntryView, AuditLogListRequest, Page, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Identity's security log (logins, lockouts, 2FA, admin actions), for admins. */
@ApiTags('admin')
@Controller('admin/audit-log')
export class AuditLogController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Security events, newest first, by account, actor, action and time' })
  list(@Query() query: AuditLogListRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<AuditLogEntryView>> {
    return this.rpc.call(RPC.identity.adminAuditLog, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }
}
