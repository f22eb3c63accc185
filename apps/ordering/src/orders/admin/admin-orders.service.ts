import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  Actor, AdminOrderDetail, AdminOrderSummary, AdminRefundRequestedView, NotFoundError, Page, PageQuery, ValidationFailedError,
} from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost, requestHash } from '@platter/persistence';
import { pageOf } from '@platter/service-kit';
import { IdempotencyKeys } from '../commands/place-order/idempotency-keys';
import { DeadlineClock } from '../deadline-clock';
import { refundableAmount } from '../domain/order-deadlines';
import { isFinalStatus } from '../domain/order-state-machine';
import { OrderAccess } from '../order-access';
import { OrderFilter, OrderRepository } from '../order.repository';
import { OrderStatusChanger } from '../order-status-changer';
import { Order } from '../order.entity';
import { loadOrderViews } from '../order.view';
import { OrderingException } from '../ordering.exception';
import { adminSummaryOf, auditViewOf, historyViewOf } from './admin-order.view';
import { AdminSagaCompensateRpcRequest as AdminCompensateRequest, AdminOrdersQueryRequest as AdminOrdersRequest, AdminRefundOrderRpcRequest as AdminRefundOrderRequest, AdminSagaResumeRpcRequest as AdminSagaActionRequest, AdminSetOrderStatusRpcRequest as AdminSetOrderStatusRequest } from '@platter/contracts';

/** Admins oversee every order: find them, see where their saga stands, and step in. */
@Injectable()
export class AdminOrdersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
    private readonly events: EventPublisher,
    private readonly clock: DeadlineClock,
    private readonly keys: IdempotencyKeys,
    private readonly access: OrderAccess,
    private readonly orders: OrderRepository,
  ) {}

  async list(query: AdminOrdersRequest): Promise<Page<AdminOrderSummary>> {
    const filter: OrderFilter = {
      status: query.status,
      restaurantId: query.restaurant_id,
      customerId: query.customer_id,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      flagged: query.flagged,
    };
    return this.page(await this.orders.pageMatching(filter, query.page, query.limit), query);
  }

  /** Flagged by the watchdog, or past their step's deadline (the watchdog has not got to them yet, or cannot). */
  async stuck(query: PageQuery): Promise<Page<AdminOrderSummary>> {
    const now = new Date();
    return this.page(await this.orders.pageOfStuck(now, this.clock.timings.paymentWindow, query.page, query.limit), query, now);
  }

  async get(id: string): Promise<AdminOrderDetail> {
    const order = await this.orders.find(id);
    if (!order) throw new NotFoundError('Order');
    return this.detail(order);
  }

  /** An admin override: any move the machine allows, or cancelling any order not yet final; reason required, audited. */
  async setStatus(admin: Actor, request: AdminSetOrderStatusRequest): Promise<AdminOrderDetail> {
    const reason = requiredReason(request.reason);
    // Kitchen follows the order's status events and brings the ticket along (it writes cooking progress).
    return this.tx.run(async () => {
      const order = await this.locked(request.id);
      const from = order.status;
      await this.statuses.change(order, { to: request.status, rule: 'admin', actorId: admin.user_id, restaurantOwnerId: await this.access.ownerOf(order), reason });
      await this.orders.audit(order.id, admin.user_id, 'status.override', { from, to: request.status, reason });
      if (order.status === 'delivered') {
        // As when the driver reports it: a delivered order is completed (and settled) at once.
        await this.statuses.change(order, { to: 'completed', actorId: admin.user_id, restaurantOwnerId: await this.access.ownerOf(order), reason: 'delivered' });
      }
      return this.detail(order);
    });
  }

  /** Asks payments for money back (order.refund-requested); 422 when ordering's figures leave nothing to refund. */
  async refund(admin: Actor, request: AdminRefundOrderRequest): Promise<AdminRefundRequestedView> {
    const reason = requiredReason(request.reason);
    return this.tx.run(async () => {
      const key = request.idempotency_key;
      if (key) {
        const earlier = await this.keys.claim<AdminRefundRequestedView>(admin.user_id, key, requestHash(request, 'admin-refund'));
        if (earlier) return earlier;
      }
      const order = await this.locked(request.id);
      const toWallet = request.to_wallet === true;
      const amount = this.refundAmount(order, request.amount, toWallet);
      const refundRequestId = randomUUID();
      await this.events.publish('order.refund-requested', {
        refund_request_id: refundRequestId,
        order_id: order.id,
        amount: request.amount ?? null,
        reason,
        requested_by: admin.user_id,
        to_wallet: toWallet,
      });
      await this.orders.audit(order.id, admin.user_id, 'refund.requested', { refund_request_id: refundRequestId, amount, to_wallet: toWallet, reason });
      const answer: AdminRefundRequestedView = { refund_request_id: refundRequestId, order_id: order.id, amount, to_wallet: toWallet, status: 'requested' };
      if (key) await this.keys.remember(admin.user_id, key, answer);
      return answer;
    });
  }

  /**
   * Re-drives the current step: the last order.status-changed again (and order.cancelled for a
   * cancelled order awaiting its refund) so idempotent consumers redo their part, payments asked to
   * re-check an unpaid order, the deadline extended by a whole step and the flag cleared.
   */
  async resume(admin: Actor, request: AdminSagaActionRequest): Promise<AdminOrderDetail> {
    const reason = request.reason?.trim() || 'saga resumed by an admin';
    return this.tx.run(async () => {
      const order = await this.locked(request.id);
      if (order.status === 'completed' || (order.status === 'cancelled' && refundableAmount(order) === 0)) {
        throw new OrderingException('INVALID_STATE_TRANSITION', `A ${order.status} order has no step left to resume`);
      }
      const owner = await this.access.ownerOf(order);
      const last = await this.orders.lastMoveInto(order.id, order.status);
      const now = new Date();
      await this.statuses.announce(order, { from: last?.from_status ?? order.status, ownerId: owner, actorId: admin.user_id, reason: last?.reason ?? reason, at: now });
      const patch: Partial<Order> = { saga_flagged_at: null, saga_note: null, step_due_at: await this.clock.dueAt(order, order.status, now) };
      if (order.status === 'created') {
        await this.events.publish('order.payment-check-requested', { order_id: order.id });
        Object.assign(patch, { payment_due_at: new Date(now.getTime() + this.clock.timings.paymentWindow * 1000), payment_check_requested_at: null, step_due_at: null });
      }
      await this.orders.update(order, patch);
      await this.orders.audit(order.id, admin.user_id, 'saga.resumed', { status: order.status, reason, step_due_at: (order.status === 'created' ? order.payment_due_at : order.step_due_at)?.toISOString() ?? null });
      return this.detail(order);
    });
  }

  /**
   * Gives up on the order: cancels it (payments then refunds whatever it captured, as for any
   * cancellation); an order already cancelled gets the rest of its money back by a refund request.
   */
  async compensate(admin: Actor, request: AdminCompensateRequest): Promise<AdminOrderDetail> {
    const reason = requiredReason(request.reason);
    return this.tx.run(async () => {
      const order = await this.locked(request.id);
      if (order.status === 'completed') {
        throw new OrderingException('INVALID_STATE_TRANSITION', 'A completed order cannot be compensated: ask for a refund instead');
      }
      if (!isFinalStatus(order.status)) {
        const from = order.status;
        await this.statuses.change(order, { to: 'cancelled', rule: 'admin', actorId: admin.user_id, restaurantOwnerId: await this.access.ownerOf(order), reason: `compensated: ${reason}` });
        await this.orders.audit(order.id, admin.user_id, 'saga.compensated', { from, reason, refund: 'on cancellation' });
        return this.detail(order);
      }
      const amount = refundableAmount(order);
      if (amount === 0) throw new OrderingException('NOTHING_TO_REFUND', 'This order is cancelled and nothing captured is left to refund');
      const refundRequestId = randomUUID();
      await this.events.publish('order.refund-requested', { refund_request_id: refundRequestId, order_id: order.id, amount: null, reason, requested_by: admin.user_id, to_wallet: false });
      await this.orders.audit(order.id, admin.user_id, 'saga.compensated', { from: order.status, reason, refund_request_id: refundRequestId, amount });
      return this.detail(order);
    });
  }

  private refundAmount(order: Order, requested: number | undefined, toWallet: boolean): number {
    const refundable = refundableAmount(order);
    if (refundable === 0) throw new OrderingException('NOTHING_TO_REFUND', 'Nothing captured is left to refund on this order');
    if (requested !== undefined && requested > refundable) {
      throw new ValidationFailedError([{ field: 'amount', message: `at most ${refundable} (${order.currency}) is left to refund` }]);
    }
    if (toWallet && !order.customer_id) throw new ValidationFailedError([{ field: 'to_wallet', message: 'a guest order has no wallet to credit' }]);
    if (order.payment_method === 'cash' && !toWallet) {
      throw new OrderingException('CASH_REFUND_TO_WALLET_ONLY', 'Cash is refunded to the customer\'s wallet only: set to_wallet');
    }
    return requested ?? refundable;
  }

  private async locked(id: string): Promise<Order> {
    const order = await this.access.forPlatform(id);
    if (!order) throw new NotFoundError('Order');
    return order;
  }

  private async page([orders, total]: [Order[], number], query: PageQuery, now = new Date()): Promise<Page<AdminOrderSummary>> {
    const views = await loadOrderViews(this.orders, orders);
    return pageOf(views.map((v, i) => adminSummaryOf(v, orders[i], now, this.clock.timings)), query, total);
  }

  private async detail(order: Order): Promise<AdminOrderDetail> {
    const fresh = await this.orders.get(order.id);
    const [view] = await loadOrderViews(this.orders, [fresh]);
    const history = await this.orders.historyOf(order.id);
    const audit = await this.orders.auditOf(order.id);
    return { ...adminSummaryOf(view, fresh, new Date(), this.clock.timings), status_history: historyViewOf(history), audit: auditViewOf(audit) };
  }
}

function requiredReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new ValidationFailedError([{ field: 'reason', message: 'reason must not be blank' }]);
  return trimmed;
}
