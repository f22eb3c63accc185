import { VerifiedActor } from '@platter/auth';
import { revocationFailsClosed } from './gateway.module';

const customer: VerifiedActor = { user_id: 'u-1', role: 'customer', sid: 's-1' };
const admin: VerifiedActor = { user_id: 'u-2', role: 'admin', sid: 's-2' };

describe('what answers 503 while the revocation list cannot be read', () => {
  it('fails closed for admins anywhere and for money routes, open for the rest', () => {
    const at = (url: string, actor = customer) => revocationFailsClosed({ headers: {}, url }, actor);
    expect(at('/api/v1/users/me', admin)).toBe(true);
    expect(at('/api/v1/admin/users?page=2')).toBe(true);
    expect(at('/api/v1/payments/intents')).toBe(true);
    expect(at('/api/v1/client/wallet')).toBe(true);
    expect(at('/api/v1/client/loyalty/redeem')).toBe(true);
    expect(at('/api/v1/users/me')).toBe(false);
    expect(at('/api/v1/client/orders')).toBe(false);
    // A prefix is a whole path segment.
    expect(at('/api/v1/administrators')).toBe(false);
  });
});
