import { Injectable } from '@nestjs/common';
import { PaymentMethod, PaymentStatus } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Payment } from './payment.entity';

export type PaymentKey = { id: string } | { order_id: string };

export interface NewOrderPayment {
  id: string;
  order_id: string;
  restaurant_id: string;
  customer_id: string | null;
  method: PaymentMethod;
  provider: string;
  amount: number;
  currency: string;
  status: PaymentStatus;
  payer_phone: string | null;
  payer_email: string | null;
}

export interface NewTopUp {
  id: string;
  customer_id: string;
  method: PaymentMethod;
  amount: number;
  currency: string;
  payer_phone: string | null;
}

/** The payments table: every read and write of a payment row (rules stay in the services that call it). */
@Injectable()
export class PaymentRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get rows() {
    return this.tx.repository(Payment);
  }

  /**
   * The payment, locked FOR UPDATE until the caller's transaction ends, so webhooks, polls, wallet
   * charges, cancellations and refunds of one payment are applied one after the other. Null if unknown.
   */
  lock(key: PaymentKey): Promise<Payment | null> {
    if (!this.tx.inTransaction) throw new Error('PaymentRepository.lock must run inside TransactionHost.run()');
    return this.rows.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string): Promise<Payment> {
    return this.rows.findOneByOrFail({ id });
  }

  /** The payment of an order (purpose order), or null. */
  findOfOrder(orderId: string): Promise<Payment | null> {
    return this.rows.findOne({ where: { order_id: orderId, purpose: 'order' } });
  }

  /** The newest payments (at most 100), optionally of one order. */
  list(orderId?: string): Promise<Payment[]> {
    return this.rows.find({ where: orderId ? { order_id: orderId } : {}, order: { created_at: 'DESC' }, take: 100 });
  }

  /** Opens an order's payment once: false when the order already had one (a redelivered order.created). */
  async openForOrder(p: NewOrderPayment): Promise<boolean> {
    const result = await this.rows
      .createQueryBuilder()
      .insert()
      .into(Payment)
      .values({ ...p, purpose: 'order' })
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** A payment of purpose wallet_topup, pending, with its provider the method itself. */
  async insertTopUp(t: NewTopUp): Promise<void> {
    await this.rows.insert({ ...t, order_id: null, restaurant_id: null, purpose: 'wallet_topup', provider: t.method, status: 'pending' });
  }

  /** Captured: the provider (or 'wallet') that took the money, its reference when it gave one. */
  async markSucceeded(id: string, capture: { provider: string; reference: string | null; paidAt: Date }): Promise<void> {
    await this.rows.update(id, {
      status: 'succeeded',
      provider: capture.provider,
      ...(capture.reference != null ? { provider_reference: capture.reference } : {}),
      paid_at: capture.paidAt,
      failure_reason: null,
    });
  }

  async markFailed(id: string, failure: { provider: string; reason: string }): Promise<void> {
    await this.rows.update(id, { status: 'failed', provider: failure.provider, failure_reason: failure.reason });
  }

  /** The provider has the request; its reference kept when it gave one. */
  async markProcessing(id: string, attempt: { provider: string; reference: string | null }): Promise<void> {
    await this.rows.update(id, {
      status: 'processing',
      provider: attempt.provider,
      ...(attempt.reference != null ? { provider_reference: attempt.reference } : {}),
      failure_reason: null,
    });
  }

  /** Cash handed over at completion. */
  async markCashCollected(id: string, paidAt: Date): Promise<void> {
    await this.rows.update(id, { status: 'succeeded', provider: 'cash', paid_at: paidAt });
  }

  async markOrderCancelled(id: string, at: Date): Promise<void> {
    await this.rows.update(id, { order_cancelled_at: at });
  }

  async markCancelled(id: string): Promise<void> {
    await this.rows.update(id, { status: 'cancelled' });
  }

  /**
   * Reserves `amount` of the captured money for a refund (under the payment's lock; the
   * payments_refund_within_amount check refuses an over-refund even without it).
   */
  async reserveRefunded(id: string, amount: number): Promise<void> {
    await this.rows.createQueryBuilder().update(Payment).set({ amount_refunded: () => 'amount_refunded + :amount' }).setParameter('amount', amount).where('id = :id', { id }).execute();
  }

  /** Gives back the reservation of a refund that failed. */
  async releaseRefunded(id: string, amount: number): Promise<void> {
    await this.rows.createQueryBuilder().update(Payment).set({ amount_refunded: () => 'amount_refunded - :amount' }).setParameter('amount', amount).where('id = :id', { id }).execute();
  }

  /** The number the payer is prompted on (and refunds pay back). */
  async setPayerPhone(id: string, phone: string): Promise<void> {
    await this.rows.update(id, { payer_phone: phone });
  }
}
