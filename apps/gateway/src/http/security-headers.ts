import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The security headers of the public API, sent on every response (successes, errors and 404s alike). */
export const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'x-xss-protection': '1; mode=block',
  'content-security-policy': "default-src 'self'",
} as const;

/**
 * Swagger UI's page needs inline styles and data: images, which `default-src 'self'` forbids; only its
 * own paths get this policy (its scripts still come from 'self' only, and it cannot be framed).
 */
export const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

/** The policy for a request path: the relaxed one for the docs page and its assets, `default-src 'self'` elsewhere. */
export function contentSecurityPolicyFor(url: string, docsPath: string): string {
  const path = url.split('?')[0];
  return path === docsPath || path.startsWith(`${docsPath}/`) ? DOCS_CONTENT_SECURITY_POLICY : SECURITY_HEADERS['content-security-policy'];
}

/**
 * Helmet sends HSTS, nosniff, frame-deny and the CSP exactly as SECURITY_HEADERS has them, and nothing else of
 * its defaults. X-XSS-Protection is set here: helmet only ever sends "0" (the header is obsolete in
 * current browsers; `1; mode=block` still guards old ones, and the CSP does the real work).
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, docsPath: string): Promise<void> {
  await app.register(helmet as unknown as Parameters<NestFastifyApplication['register']>[0], {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"] } },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true, preload: false },
    xContentTypeOptions: true,
    xFrameOptions: { action: 'deny' },
    xXssProtection: false,
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
  });
  // Runs after helmet's own onRequest hook, so these win.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      reply.header('x-xss-protection', SECURITY_HEADERS['x-xss-protection']);
      reply.header('content-security-policy', contentSecurityPolicyFor(request.url, docsPath));
    });
}
