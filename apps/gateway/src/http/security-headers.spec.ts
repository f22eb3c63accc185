import { DOCS_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, contentSecurityPolicyFor } from './security-headers';

describe('security headers', () => {
  it('are the API\'s five, word for word', () => {
    expect(SECURITY_HEADERS).toEqual({
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'x-xss-protection': '1; mode=block',
      'content-security-policy': "default-src 'self'",
    });
  });

  it('relax the CSP for the docs page and its assets only', () => {
    expect(contentSecurityPolicyFor('/api/docs', '/api/docs')).toBe(DOCS_CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('/api/docs/swagger-ui-bundle.js?v=1', '/api/docs')).toBe(DOCS_CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('/api/docs-json', '/api/docs')).toBe("default-src 'self'");
    expect(contentSecurityPolicyFor('/api/v1/auth/login', '/api/docs')).toBe("default-src 'self'");
    expect(contentSecurityPolicyFor('/api/docsevil', '/api/docs')).toBe("default-src 'self'");
  });

  it('keep scripts on the docs page to our own origin', () => {
    expect(DOCS_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self';/);
    expect(DOCS_CONTENT_SECURITY_POLICY).not.toMatch(/script-src/);
  });
});
