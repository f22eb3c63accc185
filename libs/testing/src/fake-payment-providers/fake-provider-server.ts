import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** What the fake does with the next requests: answer, fail with 500, or never answer (past any client timeout). */
export type FakeFailure = 'none' | 'error' | 'hang';

export interface FakeResponse {
  status: number;
  body: unknown;
}

/** A webhook as the fake sent it, so a test can replay or tamper with it. */
export interface SentWebhook {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  answer: string;
}

/**
 * The shared part of the fake payment providers: a node:http server on 127.0.0.1 (a random port
 * unless one is given), every call recorded, failure modes for fallback tests, and webhook sending.
 */
export abstract class FakeProviderServer {
  readonly calls: RecordedCall[] = [];
  readonly webhooks: SentWebhook[] = [];
  private server: Server | null = null;
  private failure: FakeFailure = 'none';
  private readonly hanging = new Set<ServerResponse>();
  url = '';

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.receive(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** From now on: answer normally, fail every call with 500, or hold every call without answering. */
  failWith(mode: FakeFailure): void {
    this.failure = mode;
  }

  callsTo(method: string, pathPrefix: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.path.startsWith(pathPrefix));
  }

  protected abstract route(method: string, path: string, query: URLSearchParams, headers: Record<string, string | string[] | undefined>, body: string): FakeResponse | Promise<FakeResponse>;

  protected async sendWebhook(method: 'GET' | 'POST', url: string, headers: Record<string, string>, body: string): Promise<SentWebhook> {
    const response = await fetch(url, { method, headers, body: method === 'POST' ? body : undefined });
    const sent: SentWebhook = { method, url, headers, body, status: response.status, answer: await response.text() };
    this.webhooks.push(sent);
    return sent;
  }

  protected newId(prefix = ''): string {
    return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 24)}`;
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    this.calls.push({ method: req.method ?? 'GET', path: url.pathname, headers: req.headers, body });
    if (this.failure === 'hang') {
      this.hanging.add(res);
      return;
    }
    if (this.failure === 'error') {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Internal server error' }));
      return;
    }
    let answer: FakeResponse;
    try {
      answer = await this.route(req.method ?? 'GET', url.pathname, url.searchParams, req.headers, body);
    } catch (err) {
      answer = { status: 500, body: { message: (err as Error).message } };
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  }
}

export function parseJson(body: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(body);
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}
