import { Injectable } from '@nestjs/common';
import { AuditEntryRepository } from './audit-entry.repository';

export type AuditAction =
  | 'user.registered'
  | 'login.succeeded'
  | 'login.failed'
  | 'oidc.identity-linked'
  | 'account.unverified-claimed'
  | 'login.blocked'
  | 'login.locked-out'
  | 'account.unlocked'
  | 'login.second-factor-failed'
  | 'refresh.reuse-detected'
  | 'security-alert.raised'
  | 'signing-key.rotated'
  | 'logout'
  | 'admin.ensured'
  | 'two-factor.enabled'
  | 'two-factor.disabled'
  | 'two-factor.backup-code-used'
  | 'two-factor.backup-codes-regenerated'
  | 'password-reset.requested'
  | 'password.reset'
  | 'email-verification.requested'
  | 'email.verified'
  | 'user.status-changed'
  | 'user.profile-updated'
  | 'user.deleted'
  | 'staff.added'
  | 'phone-otp.requested'
  | 'phone.verified'
  | 'staff.role-changed'
  | 'staff.removed'
  | 'guest.converted';

export interface AuditRecord {
  action: AuditAction;
  actorId?: string | null;
  target?: string | null;
  ip?: string | null;
  /** Free text worth keeping with the entry, e.g. the reason an admin gave. */
  detail?: string | null;
}

/** Appends to audit_log, inside the caller's transaction when there is one. */
@Injectable()
export class AuditLog {
  constructor(private readonly entries: AuditEntryRepository) {}

  async record(entry: AuditRecord): Promise<void> {
    await this.entries.insert({
      actor_id: entry.actorId ?? null,
      action: entry.action,
      target: entry.target ?? null,
      ip: entry.ip ?? null,
      detail: entry.detail ?? null,
    });
  }
}
