import { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Where providers post (after the /api/v1 prefix): /payments/webhook/:provider. */
export const WEBHOOK_PATH = /^\/api\/v1\/payments\/webhook\/[^/?]+(\?|$)/;

export interface RequestWithRawBody {
  rawBody?: string;
}

/**
 * Providers sign the exact bytes they send, so a webhook route needs its body as received. JSON
 * is parsed everywhere by Fastify's own parser (with its prototype-poisoning protection), as Nest's
 * default does; for the webhook path only, the text it was parsed from is also kept as
 * `request.rawBody`. Registered through Nest's useBodyParser so Nest does not add its default one.
 */
export function registerWebhookRawBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const json = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit: fastify.initialConfig.bodyLimit }, (req, body, done) => {
    const text = body.toString('utf8');
    if (WEBHOOK_PATH.test(req.url)) (req as unknown as RequestWithRawBody).rawBody = text;
    json(req as Parameters<typeof json>[0], text, done);
  });
}
