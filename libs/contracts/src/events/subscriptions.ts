import type { ServiceName } from '../rpc/rpc-patterns';
import type { EventType } from './event-catalog';

/**
 * Which events each service's durable queue receives. Declared here, not only by the handlers, so
 * provisioning can create every queue and binding before any service publishes: an event published
 * before its consumer first started would otherwise have no queue to land in. A service refuses to
 * start with a handler that is not listed.
 */
export const SUBSCRIPTIONS: Record<ServiceName, readonly EventType[]> = {
  identity: ['restaurant.approved'],
  catalog: ['order.created', 'menu.item-changed', 'menu.category-changed', 'restaurant.status-changed', 'restaurant.updated', 'delivery-zone.changed', 'item.86ed'],
  ordering: ['restaurant.approved', 'restaurant.status-changed', 'restaurant.updated', 'restaurant.config-changed', 'menu.item-changed', 'delivery-zone.changed', 'guest.converted', 'payment.succeeded', 'payment.failed', 'refund.completed', 'refund.failed', 'ticket.status-changed', 'delivery.status-changed', 'order.completed', 'order.cancelled', 'user.registered', 'user.profile-updated', 'user.deleted'],
  dispatch: ['order.created', 'order.status-changed', 'order.cancelled', 'user.registered', 'user.profile-updated', 'user.status-changed', 'user.deleted', 'driver.status-changed', 'restaurant.approved', 'restaurant.updated', 'restaurant.config-changed'],
  payments: ['order.created', 'order.payment-check-requested', 'order.cancelled', 'order.refund-requested', 'order.completed'],
  notifications: ['order.status-changed', 'user.registered', 'user.password-reset-requested', 'user.email-verification-requested', 'user.account-unlock-requested', 'user.security-alert', 'user.phone-otp-requested'],
  marketing: ['order.created', 'user.registered', 'user.profile-updated', 'user.deleted', 'menu.item-changed'],
  kitchen: ['order.created', 'order.status-changed', 'menu.item-changed'],
};
