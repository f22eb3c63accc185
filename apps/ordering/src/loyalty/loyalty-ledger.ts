import { Injectable } from '@nestjs/common';
import { OrderingException } from '../orders/ordering.exception';
import { LoyaltyKind } from './loyalty-entry.entity';
import { LoyaltyLedgerRepository } from './loyalty-ledger.repository';

/** The earning kinds (positive movements) and the unique key that makes each happen once. */
export type EarningKind = Exclude<LoyaltyKind, 'redeemed' | 'restored'>;

export interface Earning {
  customerId: string;
  points: number;
  kind: EarningKind;
  /** Unique per movement, e.g. `order_completed:<order id>`, `review:<order id>`, `birthday:<customer>:<year>`. */
  key: string;
  orderId?: string | null;
  note?: string | null;
}

/** Keys of the movements tied to an order. */
export const redeemedKey = (orderId: string) => `redeemed:${orderId}`;
export const restoredKey = (orderId: string) => `restored:${orderId}`;

/**
 * Customers' loyalty points: the rules of each movement. The ledger repository writes each
 * movement's entry and balance in one statement: a redemption is refused unless the balance covers
 * it (concurrent ones queue on the account row and re-check), and each movement has a unique key,
 * so a redelivered event credits nothing twice. Runs in the caller's transaction when there is one.
 */
@Injectable()
export class LoyaltyLedger {
  constructor(private readonly entries: LoyaltyLedgerRepository) {}

  async balance(customerId: string): Promise<number> {
    return (await this.entries.account(customerId))?.balance ?? 0;
  }

  /** In the caller's tx: takes points for an order; throws OrderingException INSUFFICIENT_POINTS. */
  async redeem(customerId: string, points: number, orderId: string): Promise<void> {
    if (!Number.isSafeInteger(points) || points < 0) throw new OrderingException('VALIDATION_ERROR', 'Points to redeem must be a positive whole number');
    if (points === 0) return;
    if (!(await this.entries.debit(customerId, points, orderId, redeemedKey(orderId)))) {
      const have = await this.balance(customerId);
      throw new OrderingException('INSUFFICIENT_POINTS', `This redemption needs ${points} points; you have ${have}`);
    }
  }

  /** In the caller's tx: gives back the points an order spent (its cancellation). Idempotent. */
  async restoreForOrder(orderId: string): Promise<void> {
    await this.entries.restore(redeemedKey(orderId), orderId, restoredKey(orderId));
  }

  /** Credits points once per key; false when that movement had already happened (a redelivery). */
  async earn(earning: Earning): Promise<boolean> {
    if (!Number.isSafeInteger(earning.points) || earning.points <= 0) return false;
    return this.entries.credit(earning);
  }
}
