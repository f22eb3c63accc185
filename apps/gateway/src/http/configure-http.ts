import { Reflector } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GatewayConfig } from '../gateway.config';
import { releaseVersion } from '../health/release-version';
import { GatewayIoAdapter } from '../realtime/gateway-io.adapter';
import { registerMultipartBodies } from './multipart-body';
import { registerWebhookRawBodies } from '../routes/payments/webhook-raw-body';
import { OPENAPI_PATH, setUpOpenApi } from './openapi';
import { registerSecurityHeaders } from './security-headers';
import { SuccessEnvelopeInterceptor } from './success-envelope';
import { createValidationPipe } from '@platter/service-kit';

export const API_PREFIX = 'api/v1';

/**
 * Health and metrics stay at the root, as on every service; the JWKS lives at its well-known path.
 * `api/v1/health` is declared with its prefix, as `health` alone means the root one.
 */
const OUTSIDE_PREFIX = ['health', 'health/live', 'health/ready', 'metrics', '.well-known/jwks.json', 'api/v1/health'];

/** The public edge: security headers, CORS, /api/v1, validation, envelopes, OpenAPI, Socket.IO. */
export async function configureHttp(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  await registerSecurityHeaders(app, `/${OPENAPI_PATH}`);
  app.enableCors({
    origin: config.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: ['X-Request-Id', 'X-Trace-Id', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    maxAge: 600,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: OUTSIDE_PREFIX });
  registerMultipartBodies(app);
  registerWebhookRawBodies(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new SuccessEnvelopeInterceptor(app.get(Reflector), `/${API_PREFIX}`));
  app.useWebSocketAdapter(new GatewayIoAdapter(app, config.corsOrigins));
  setUpOpenApi(app, releaseVersion());
}
