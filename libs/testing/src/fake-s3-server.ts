// Medium tests only: an S3-compatible server in memory (path-style PUT/GET/DELETE of objects) that
// verifies AWS Signature Version 4 the way S3 does, rebuilding the canonical request from what it
// received: a wrong key, a tampered body or header, or a stale date is refused with S3's errors.
import { createHash, createHmac } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface FakeS3Options {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface StoredObject {
  body: Buffer;
  contentType: string | undefined;
}

const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export class FakeS3Server {
  readonly objects = new Map<string, StoredObject>();
  /** Every refusal, for tests to assert on. */
  readonly refusals: string[] = [];
  private server: Server | null = null;

  constructor(private readonly options: FakeS3Options) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const problem = this.signatureProblem(req, body);
    if (problem) return this.refuse(res, 403, problem.code, problem.message);
    const rawPath = (req.url ?? '/').split('?')[0];
    const [, bucket, ...keyParts] = rawPath.split('/');
    if (decodeURIComponent(bucket) !== this.options.bucket) return this.refuse(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    const key = keyParts.map(decodeURIComponent).join('/');
    if (req.method === 'PUT') {
      this.objects.set(key, { body, contentType: req.headers['content-type'] });
      res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` }).end();
    } else if (req.method === 'GET') {
      const object = this.objects.get(key);
      if (!object) return this.refuse(res, 404, 'NoSuchKey', 'The specified key does not exist.');
      res.writeHead(200, { 'content-type': object.contentType ?? 'application/octet-stream', 'content-length': object.body.length }).end(object.body);
    } else if (req.method === 'DELETE') {
      this.objects.delete(key);
      res.writeHead(204).end();
    } else {
      this.refuse(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  }

  private signatureProblem(req: IncomingMessage, body: Buffer): { code: string; message: string } | null {
    const auth = req.headers.authorization ?? '';
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
    if (!match) return { code: 'AccessDenied', message: 'Missing or malformed Authorization header' };
    const [, accessKeyId, day, region, service, signedHeaderList, signature] = match;
    if (accessKeyId !== this.options.accessKeyId) return { code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };
    if (region !== this.options.region || service !== 's3') return { code: 'AuthorizationHeaderMalformed', message: `Wrong scope ${region}/${service}` };
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const when = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    if (!when || amzDate.slice(0, 8) !== day) return { code: 'AccessDenied', message: 'Bad or missing x-amz-date' };
    const sent = Date.UTC(+when[1], +when[2] - 1, +when[3], +when[4], +when[5], +when[6]);
    if (Math.abs(Date.now() - sent) > MAX_CLOCK_SKEW_MS) return { code: 'RequestTimeTooSkewed', message: 'The difference between the request time and the current time is too large.' };
    const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
    if (payloadHash !== createHash('sha256').update(body).digest('hex')) {
      return { code: 'XAmzContentSHA256Mismatch', message: "The provided 'x-amz-content-sha256' header does not match what was computed." };
    }
    const signedHeaders = signedHeaderList.split(';');
    for (const required of ['host', 'x-amz-date', 'x-amz-content-sha256']) {
      if (!signedHeaders.includes(required)) return { code: 'AccessDenied', message: `${required} must be signed` };
    }
    const [rawPath, rawQuery = ''] = (req.url ?? '/').split('?');
    const canonicalQuery = rawQuery
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=').map((p) => encodeRfc3986(decodeURIComponent(p))).join('='))
      .sort()
      .join('&');
    const canonicalHeaders = signedHeaders.map((name) => `${name}:${String(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
    const canonicalRequest = [req.method, rawPath, canonicalQuery, canonicalHeaders, signedHeaderList, payloadHash].join('\n');
    const scope = `${day}/${region}/${service}/aws4_request`;
    const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
    const kDate = createHmac('sha256', `AWS4${this.options.secretAccessKey}`).update(day).digest();
    const kRegion = createHmac('sha256', kDate).update(region).digest();
    const kService = createHmac('sha256', kRegion).update(service).digest();
    const kSigning = createHmac('sha256', kService).update('aws4_request').digest();
    const expected = createHmac('sha256', kSigning).update(stringToSign).digest('hex');
    if (expected !== signature) {
      return { code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
    }
    return null;
  }

  private refuse(res: ServerResponse, status: number, code: string, message: string): void {
    this.refusals.push(code);
    res.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
  }
}

function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
