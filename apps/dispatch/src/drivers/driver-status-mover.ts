import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, DriverAuditAction } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { Driver } from './driver.entity';
import { DriverRepository } from './driver.repository';
import { nextStanding } from './domain/driver-standing';

const SUSPENDING: readonly DriverAuditAction[] = ['suspend', 'account_suspended', 'account_deleted'];
const ADMIN_MOVES: readonly DriverAuditAction[] = ['approve', 'reject', 'suspend', 'reinstate'];

/**
 * Moves a driver's onboarding status, inside the caller's transaction on the locked driver row:
 * the row, an audit entry (who, when, why) and driver.status-changed go together. Any status but
 * approved takes the driver offline, so a suspended driver is never offered work.
 */
@Injectable()
export class DriverStatusMover {
  constructor(
    private readonly drivers: DriverRepository,
    private readonly events: EventPublisher,
  ) {}

  /** The driver after `action`; the same driver, untouched, when the action changes nothing. */
  async apply(driver: Driver, action: DriverAuditAction, by: { actor: Actor | null; reason?: string | null }): Promise<Driver> {
    const next = nextStanding(
      { status: driver.status, suspended_by: driver.suspended_by, suspended_from: driver.suspended_from, erased: driver.erased_at !== null },
      action,
    );
    if (!next) return driver;
    const reason = by.reason?.trim() || null;
    const now = new Date();
    const patch: Partial<Driver> = {
      status: next.status,
      suspended_by: next.suspended_by,
      suspended_from: next.suspended_from,
      online: next.status === 'approved' ? driver.online : false,
      rejection_reason: next.status === 'rejected' ? reason : null,
      suspension_reason: next.status !== 'suspended' ? null : SUSPENDING.includes(action) ? reason : driver.suspension_reason,
      ...(ADMIN_MOVES.includes(action) ? { reviewed_at: now, reviewed_by: by.actor?.user_id ?? null } : {}),
    };
    await this.drivers.update(driver.id, patch);
    await this.drivers.addAuditEntry({
      id: randomUUID(),
      driver_id: driver.id,
      action,
      from_status: driver.status,
      to_status: next.status,
      reason,
      actor_id: by.actor?.user_id ?? null,
      actor_role: by.actor?.role ?? null,
      at: now,
    });
    await this.events.publish('driver.status-changed', {
      driver_id: driver.id,
      status: next.status,
      online: patch.online!,
      ...(reason ? { reason } : {}),
    });
    return this.drivers.byIdOrFail(driver.id);
  }
}
