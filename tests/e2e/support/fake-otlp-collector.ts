import { createServer, Server } from 'node:http';

/** A stand-in for an OpenTelemetry collector: accepts OTLP/HTTP JSON trace exports and keeps the spans. */
export interface CollectedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

/** OTLP JSON carries ids as hex, but some encoders send base64: normalise to hex. */
function hexId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex');
}

export class FakeOtlpCollector {
  readonly spans: CollectedSpan[] = [];
  private server?: Server;

  async start(port: number): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/v1/traces' || !String(req.headers['content-type']).includes('json')) {
          res.writeHead(415).end();
          return;
        }
        const payload = JSON.parse(body) as { resourceSpans?: any[] };
        for (const rs of payload.resourceSpans ?? []) {
          const service = rs.resource?.attributes?.find((a: any) => a.key === 'service.name')?.value?.stringValue ?? 'unknown';
          for (const ss of rs.scopeSpans ?? []) {
            for (const s of ss.spans ?? []) {
              this.spans.push({ service, traceId: hexId(s.traceId)!, spanId: hexId(s.spanId)!, parentSpanId: hexId(s.parentSpanId), name: s.name, kind: s.kind });
            }
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${port}`;
  }

  servicesInTrace(traceId: string): Set<string> {
    return new Set(this.spans.filter((s) => s.traceId === traceId).map((s) => s.service));
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
