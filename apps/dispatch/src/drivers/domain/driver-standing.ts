import { DriverAuditAction, DriverStatus } from '@platter/contracts';
import { DriverException } from '../driver.exception';
import type { SuspendedBy } from '../driver.entity';

/** Where a driver stands in onboarding: the status, and for a suspension who decided it and what it interrupted. */
export interface DriverStanding {
  status: DriverStatus;
  suspended_by: SuspendedBy | null;
  suspended_from: Exclude<DriverStatus, 'suspended'> | null;
  /** The user's account was erased: nothing brings the driver back. */
  erased: boolean;
}

/** The moves an admin decides; a move from a status it does not start from is INVALID_STATE_TRANSITION (422). */
export const ADMIN_DRIVER_MOVES = {
  approve: ['pending', 'rejected'],
  reject: ['pending'],
  suspend: ['pending', 'approved'],
  reinstate: ['suspended'],
} as const satisfies Record<string, readonly DriverStatus[]>;
export type AdminDriverMove = keyof typeof ADMIN_DRIVER_MOVES;

const ACTIVE: DriverStanding = { status: 'approved', suspended_by: null, suspended_from: null, erased: false };

/**
 * The standing `action` leads to, or null when it changes nothing (the account's events and a
 * re-application are idempotent: a redelivered event, a profile edit that is not a re-application).
 * - approve (pending or rejected), reject (pending), suspend (pending or approved): an admin's moves;
 * - reinstate: back to what the admin's suspension interrupted; a suspension by the account waits for the account;
 * - reapply: a rejected driver who changed their profile or documents is pending again;
 * - account_suspended (suspended or banned in identity) suspends whatever the status; an admin's suspension stays the admin's;
 * - account_reactivated lifts only the account's suspension; account_deleted suspends for good.
 */
export function nextStanding(current: DriverStanding, action: DriverAuditAction): DriverStanding | null {
  const { status } = current;
  switch (action) {
    case 'approve':
    case 'reject':
    case 'suspend':
    case 'reinstate': {
      if (current.erased) throw new DriverException('INVALID_STATE_TRANSITION', "The driver's account was deleted");
      if (!(ADMIN_DRIVER_MOVES[action] as readonly DriverStatus[]).includes(status)) {
        throw new DriverException('INVALID_STATE_TRANSITION', `The driver is ${status}; they cannot be ${PAST[action]}`);
      }
      if (action === 'approve') return ACTIVE;
      if (action === 'reject') return { ...ACTIVE, status: 'rejected' };
      if (action === 'suspend') return { status: 'suspended', suspended_by: 'admin', suspended_from: status as Exclude<DriverStatus, 'suspended'>, erased: false };
      if (current.suspended_by === 'account') {
        throw new DriverException('INVALID_STATE_TRANSITION', "The driver's user account is suspended: reactivate the account instead");
      }
      return { ...ACTIVE, status: current.suspended_from ?? 'approved' };
    }
    case 'reapply':
      return status === 'rejected' ? { ...ACTIVE, status: 'pending' } : null;
    case 'account_suspended':
      if (current.erased || status === 'suspended') return null;
      return { status: 'suspended', suspended_by: 'account', suspended_from: status, erased: false };
    case 'account_reactivated':
      if (current.erased || status !== 'suspended' || current.suspended_by !== 'account') return null;
      return { ...ACTIVE, status: current.suspended_from ?? 'pending' };
    case 'account_deleted':
      if (current.erased) return null;
      return {
        status: 'suspended',
        suspended_by: 'account',
        suspended_from: status === 'suspended' ? current.suspended_from : status,
        erased: true,
      };
  }
}

const PAST: Record<AdminDriverMove, string> = { approve: 'approved', reject: 'rejected', suspend: 'suspended', reinstate: 'reinstated' };

/** Only an approved driver goes online (and is offered work); going offline is always allowed. */
export function mayGoOnline(status: DriverStatus): boolean {
  return status === 'approved';
}
