import { Injectable } from '@nestjs/common';
import { GuestConversionRepository } from './guest-conversion.repository';
import { OrderRepository } from './order.repository';

/**
 * Which guests became which customers (from guest.converted). Placing a guest order and applying
 * a conversion take the same per-guest lock, so an order placed while the conversion commits is
 * either seen by the conversion's update or sees the conversion itself.
 */
@Injectable()
export class GuestConversions {
  constructor(
    private readonly conversions: GuestConversionRepository,
    private readonly orders: OrderRepository,
  ) {}

  /** Held until the caller's transaction ends. */
  lock(guestId: string): Promise<void> {
    return this.conversions.lock(guestId);
  }

  convertedUserOf(guestId: string): Promise<string | null> {
    return this.conversions.userOf(guestId);
  }

  /** Remembers the conversion (the first one wins) and gives the guest's orders to that customer. */
  async apply(guestId: string, userId: string): Promise<number> {
    await this.conversions.record(guestId, userId);
    const owner = await this.conversions.userOf(guestId);
    return this.orders.assignGuestOrders(guestId, owner);
  }
}
