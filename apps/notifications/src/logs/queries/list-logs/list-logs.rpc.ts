import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ListNotificationLogsData, NotificationLogView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { NotificationLogException } from '../../notification-log.exception';
import { NotificationLog } from '../../notification-log.entity';
import { NotificationLogRepository } from '../../notification-log.repository';

@Controller()
export class ListLogsRpc {
  constructor(private readonly logs: NotificationLogRepository) {}

  /** For admins and for callers inside the fleet (no actor); users get their own inbox later. */
  @RpcEndpoint(RPC.notifications.listLogs)
  async list(@Payload() req: RpcRequest<ListNotificationLogsData>): Promise<NotificationLogView[]> {
    // Operators' view: an anonymous request never gets here (null actor is not a trusted caller).
    requireActor(req, 'admin');
    const recipient = req.data?.recipient;
    if (recipient !== undefined && (typeof recipient !== 'string' || !recipient)) {
      throw NotificationLogException.invalidInput('recipient', 'recipient must be a non-empty string');
    }
    const rows = await this.logs.newest(recipient, 100);
    return rows.map(toNotificationLogView);
  }
}

function toNotificationLogView(l: NotificationLog): NotificationLogView {
  return {
    id: l.id,
    type: l.type,
    provider: l.provider,
    recipient: l.recipient,
    template: l.template,
    locale: l.locale,
    content: l.content,
    status: l.status,
    created_at: l.created_at.toISOString(),
    updated_at: l.updated_at.toISOString(),
  };
}
