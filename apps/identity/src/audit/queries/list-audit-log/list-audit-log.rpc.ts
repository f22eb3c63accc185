import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditLogEntryView, AuditLogListRequest, AuditLogQuery, Page, RPC, RpcRequest, ValidationFailedError } from '@platter/contracts';
import { pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { AuditEntry } from '../../audit-entry.entity';
import { AuditEntryRepository } from '../../audit-entry.repository';

/** Admins read the security log (logins, lockouts, 2FA, admin actions), newest first. */
@Controller()
export class ListAuditLogRpc {
  constructor(private readonly entries: AuditEntryRepository) {}

  @RpcEndpoint(RPC.identity.adminAuditLog)
  async list(@Payload() req: RpcRequest<AuditLogQuery>): Promise<Page<AuditLogEntryView>> {
    requireActor(req, 'admin');
    const query = validData(AuditLogListRequest, req.data);
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : null;
    if (from && to && from >= to) throw new ValidationFailedError([{ field: 'to', message: 'to must be later than from' }]);

    const [entries, total] = await this.entries.page(
      { userId: query.user_id, actorId: query.actor_id, action: query.action, from, to },
      query.page,
      query.limit,
    );
    return pageOf(entries.map(toView), query, total);
  }
}

function toView(e: AuditEntry): AuditLogEntryView {
  return { id: e.id, action: e.action, actor_id: e.actor_id, target: e.target, ip: e.ip, detail: e.detail, at: e.at.toISOString() };
}
