import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditLogEntryView, AuditLogListRequest, AuditLogQuery, Page, RPC, RpcRequest, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { AuditEntry } from '../../audit-entry.entity';

/** Admins read the security log (logins, lockouts, 2FA, admin actions), newest first. */
@Controller()
export class ListAuditLogRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.identity.adminAuditLog)
  async list(@Payload() req: RpcRequest<AuditLogQuery>): Promise<Page<AuditLogEntryView>> {
    requireActor(req, 'admin');
    const query = validData(AuditLogListRequest, req.data);
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : null;
    if (from && to && from >= to) throw new ValidationFailedError([{ field: 'to', message: 'to must be later than from' }]);

    const builder = this.tx.repository(AuditEntry).createQueryBuilder('e');
    // target is text (a failed login's target is the email tried), so the id is compared as text.
    if (query.user_id) builder.andWhere('(e.target = :userId OR e.actor_id = CAST(:userId AS uuid))', { userId: query.user_id });
    if (query.actor_id) builder.andWhere('e.actor_id = :actorId', { actorId: query.actor_id });
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (from) builder.andWhere('e.at >= :from', { from });
    if (to) builder.andWhere('e.at < :to', { to });
    const [entries, total] = await builder
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    return pageOf(entries.map(toView), query, total);
  }
}

function toView(e: AuditEntry): AuditLogEntryView {
  return { id: e.id, action: e.action, actor_id: e.actor_id, target: e.target, ip: e.ip, detail: e.detail, at: e.at.toISOString() };
}
