import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** What the ops port serves; everything else (the API, the docs, Socket.IO) answers 404 there. */
export const OPS_ROUTES: ReadonlySet<string> = new Set(['/metrics', '/health', '/health/live', '/health/ready']);

/**
 * What the public port refuses with the 404 of an unknown route: every route template, counter and
 * process figure, and each broker hook's last error (docs/security.md). /health and /health/live stay
 * public, with a status only, for load balancers.
 */
export const OPS_ONLY_ROUTES: ReadonlySet<string> = new Set(['/metrics', '/health/ready']);

const VIA_OPS_PORT = Symbol('platter.gateway.viaOpsPort');

/** True when the request came in on the ops port (the raw Node request, as Fastify's `req.raw`). */
export function cameViaOpsPort(raw: object | undefined): boolean {
  return !!raw && (raw as Record<symbol, unknown>)[VIA_OPS_PORT] === true;
}

/**
 * The gateway's second listener. Its requests go through the same Fastify router, hooks, guards
 * and filters as the public port's, marked as having come in here; a hook on both sides keeps each
 * port to its own routes.
 */
export class OpsPort {
  private server?: Server;

  constructor(private readonly port: number) {}

  /** Before the app listens (hooks cannot be added later). */
  install(app: NestFastifyApplication): void {
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', (req, reply, done) => {
      const route = req.routeOptions.url;
      // No route matched: the not-found handler answers anyway, on either port.
      if (route === undefined) return done();
      const refused = cameViaOpsPort(req.raw) ? !OPS_ROUTES.has(route) : OPS_ONLY_ROUTES.has(route);
      // The same answer as a route that does not exist, so the public port gives nothing away.
      if (refused) return void reply.callNotFound();
      done();
    });
    fastify.addHook('onClose', () => this.close());
  }

  /** After the public port listens, so Fastify's routes are ready for the first request here. */
  async listen(app: NestFastifyApplication, host = '0.0.0.0'): Promise<number> {
    const fastify = app.getHttpAdapter().getInstance();
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      (req as unknown as Record<symbol, unknown>)[VIA_OPS_PORT] = true;
      fastify.routing(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  private close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      // Scrapers keep connections open; an idle one must not hold the shutdown up.
      server.closeIdleConnections();
    });
  }
}
