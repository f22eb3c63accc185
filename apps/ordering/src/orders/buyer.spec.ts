import { Buyer, buyerActorId, buyerColumns } from './buyer';
import { hashTrackingToken, newTrackingToken } from './tracking-token';

const customer: Buyer = { kind: 'customer', customerId: '3f0c8c52-0a4e-4a8e-9d43-0b9a4b2f6a11' };
const guest: Buyer = {
  kind: 'guest',
  guestSessionId: '5b7e0c3a-2d1f-4c6b-8a9e-1f2e3d4c5b6a',
  contact: { name: 'Awa', phone: '+237670123456', email: null },
  trackingTokenHash: 'f'.repeat(64),
  convertedUserId: null,
};

describe('buyer', () => {
  it('a customer owns the order and leaves the guest columns empty', () => {
    expect(buyerColumns(customer)).toEqual({
      customer_id: customer.customerId, guest_session_id: null, guest_name: null, guest_phone: null, guest_email: null, tracking_token_hash: null,
    });
    expect(buyerActorId(customer)).toBe(customer.customerId);
  });

  it('a guest order has no customer, the contact details and the tracking token hash', () => {
    expect(buyerColumns(guest)).toEqual({
      customer_id: null,
      guest_session_id: '5b7e0c3a-2d1f-4c6b-8a9e-1f2e3d4c5b6a',
      guest_name: 'Awa',
      guest_phone: '+237670123456',
      guest_email: null,
      tracking_token_hash: 'f'.repeat(64),
    });
    expect(buyerActorId(guest)).toBeNull();
  });

  it('a guest whose session already became an account orders into that account', () => {
    const converted: Buyer = { ...guest, convertedUserId: customer.customerId };
    expect(buyerColumns(converted).customer_id).toBe(customer.customerId);
    expect(buyerActorId(converted)).toBeNull();
  });
});

describe('tracking token', () => {
  it('is 32 random bytes in base64url, kept as its SHA-256', () => {
    const token = newTrackingToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newTrackingToken()).not.toBe(token);
    expect(hashTrackingToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTrackingToken(token)).toBe(hashTrackingToken(token));
  });

  it('a staff order is the customer’s when it names one, keeps the contact, and is placed by the staff member', () => {
    const staff: Buyer = { kind: 'staff', staffId: '9d1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', customerId: null, contact: { name: 'Table 4', phone: '+237670000000', email: null } };
    expect(buyerColumns(staff)).toEqual({
      customer_id: null, guest_session_id: null, guest_name: 'Table 4', guest_phone: '+237670000000', guest_email: null, tracking_token_hash: null,
    });
    expect(buyerColumns({ ...staff, customerId: customer.customerId, contact: null })).toMatchObject({ customer_id: customer.customerId, guest_name: null });
    expect(buyerActorId(staff)).toBe(staff.staffId);
  });
});
