import { Order } from './order.entity';

/** What a guest tells us to reach them about their order. */
export interface GuestContact {
  name: string;
  phone: string;
  email: string | null;
}

/** Who places an order: a customer with an account, or a guest who tracks it by token. */
export type Buyer =
  | { kind: 'customer'; customerId: string }
  | {
      kind: 'guest';
      /** identity's guest_id, when the guest ordered within a guest session. */
      guestSessionId: string | null;
      contact: GuestContact;
      trackingTokenHash: string;
      /** The account the guest session has already become, if any: the order belongs to it too. */
      convertedUserId: string | null;
    }
  | {
      /** Restaurant staff keying in an order (the dashboard's POST /orders) for a customer with or without an account. */
      kind: 'staff';
      staffId: string;
      /** The platform customer it is for, if they have an account. */
      customerId: string | null;
      contact: GuestContact | null;
    };

export type BuyerColumns = Pick<Order, 'customer_id' | 'guest_session_id' | 'guest_name' | 'guest_phone' | 'guest_email' | 'tracking_token_hash'>;

/** The order's buyer columns. */
export function buyerColumns(buyer: Buyer): BuyerColumns {
  if (buyer.kind === 'customer') {
    return { customer_id: buyer.customerId, guest_session_id: null, guest_name: null, guest_phone: null, guest_email: null, tracking_token_hash: null };
  }
  if (buyer.kind === 'staff') {
    return {
      customer_id: buyer.customerId,
      guest_session_id: null,
      guest_name: buyer.contact?.name ?? null,
      guest_phone: buyer.contact?.phone ?? null,
      guest_email: null,
      tracking_token_hash: null,
    };
  }
  return {
    customer_id: buyer.convertedUserId,
    guest_session_id: buyer.guestSessionId,
    guest_name: buyer.contact.name,
    guest_phone: buyer.contact.phone,
    guest_email: buyer.contact.email,
    tracking_token_hash: buyer.trackingTokenHash,
  };
}

/** Who the status history names as having placed the order (a guest is nobody's user; staff name themselves). */
export function buyerActorId(buyer: Buyer): string | null {
  if (buyer.kind === 'staff') return buyer.staffId;
  return buyer.kind === 'customer' ? buyer.customerId : null;
}
