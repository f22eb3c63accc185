import { DeliveryStatus, DeliveryType } from '@platter/contracts';

/** Only orders brought to the customer need a driver; pickup and dine-in never reach dispatch. */
export function needsDelivery(deliveryType: DeliveryType): boolean {
  return deliveryType === 'delivery';
}

/** The delivery's status once its order is cancelled; null when there is nothing to change. */
export function statusAfterOrderCancelled(current: DeliveryStatus): DeliveryStatus | null {
  return current === 'cancelled' ? null : 'cancelled';
}
