import { Injectable } from '@nestjs/common';
import { ClientInfo, SecurityAlertKind } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { AuditLog } from '../audit/audit-log';
import { UserRepository } from '../users/user.repository';

/** Longest client detail kept in an alert: enough for any real user agent, not a place to store payloads. */
const MAX_CLIENT_FIELD = 512;

function clientField(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, MAX_CLIENT_FIELD) : null;
}

/**
 * Tells account holders about security events (`user.security-alert`, which notifications turns into
 * an email). Call inside the transaction that records what happened, and make sure it commits even
 * when the request is refused.
 */
@Injectable()
export class SecurityAlerts {
  constructor(
    private readonly users: UserRepository,
    private readonly events: EventPublisher,
    private readonly audit: AuditLog,
  ) {}

  async raise(userId: string, kind: SecurityAlertKind, client?: ClientInfo | null, now = new Date()): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) return;
    const ip = clientField(client?.ip);
    const userAgent = clientField(client?.user_agent);
    await this.events.publish('user.security-alert', {
      user_id: user.id,
      email: user.email,
      name: user.name,
      kind,
      occurred_at: now.toISOString(),
      ...(ip ? { ip } : {}),
      ...(userAgent ? { user_agent: userAgent } : {}),
    });
    await this.audit.record({ action: 'security-alert.raised', actorId: null, target: user.id, ip, detail: kind });
  }
}
