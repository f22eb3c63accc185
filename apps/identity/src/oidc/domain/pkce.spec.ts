import { codeChallengeS256, hashState, newPendingAuthorization, randomToken } from './pkce';

describe('PKCE and state helpers', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers, states and nonces of 43 base64url characters that do not repeat', () => {
    const tokens = Array.from({ length: 50 }, () => randomToken());
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(50);
  });

  it('pairs each pending authorization with its challenge and keeps only a hash of the state', () => {
    const pending = newPendingAuthorization();
    expect(pending.codeChallenge).toBe(codeChallengeS256(pending.codeVerifier));
    expect(pending.stateHash).toBe(hashState(pending.state));
    expect(pending.stateHash).toMatch(/^[0-9a-f]{64}$/);
    expect(pending.stateHash).not.toContain(pending.state);
    expect(new Set([pending.state, pending.nonce, pending.codeVerifier]).size).toBe(3);
  });

  it('hashes a tampered state to another value', () => {
    const { state, stateHash } = newPendingAuthorization();
    const tampered = state.slice(0, -1) + (state.endsWith('A') ? 'B' : 'A');
    expect(hashState(tampered)).not.toBe(stateHash);
  });
});
