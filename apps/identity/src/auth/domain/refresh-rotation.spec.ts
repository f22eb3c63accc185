import { PresentedRefreshToken, decideRefresh } from './refresh-rotation';

const now = new Date('2025-01-01T12:00:00Z');
const token = (over: Partial<PresentedRefreshToken> = {}): PresentedRefreshToken => ({
  expires_at: new Date('2025-01-08T12:00:00Z'),
  used_at: null,
  family_revoked_at: null,
  ...over,
});

describe('decideRefresh', () => {
  it('rotates a fresh, unused token of a live family', () => {
    expect(decideRefresh(token(), now)).toEqual({ action: 'rotate' });
  });

  it('rejects a token it does not know', () => {
    expect(decideRefresh(null, now)).toEqual({ action: 'reject', reason: 'unknown' });
  });

  it('revokes the whole family when a used token comes back', () => {
    expect(decideRefresh(token({ used_at: new Date('2025-01-01T11:00:00Z') }), now)).toEqual({ action: 'revoke-family', reason: 'reuse' });
  });

  it('treats a used token as reuse even once it has expired', () => {
    const stale = token({ used_at: new Date('2024-12-01T00:00:00Z'), expires_at: new Date('2024-12-08T00:00:00Z') });
    expect(decideRefresh(stale, now).action).toBe('revoke-family');
  });

  it('rejects any token of a revoked family, used or not', () => {
    const revokedAt = new Date('2025-01-01T11:30:00Z');
    expect(decideRefresh(token({ family_revoked_at: revokedAt }), now)).toEqual({ action: 'reject', reason: 'revoked' });
    expect(decideRefresh(token({ family_revoked_at: revokedAt, used_at: revokedAt }), now)).toEqual({ action: 'reject', reason: 'revoked' });
  });

  it('rejects an unused token at and after its expiry', () => {
    expect(decideRefresh(token({ expires_at: now }), now)).toEqual({ action: 'reject', reason: 'expired' });
    expect(decideRefresh(token({ expires_at: new Date(now.getTime() - 1) }), now)).toEqual({ action: 'reject', reason: 'expired' });
  });
});
