import { DocumentNotStored, DocumentStore, assertSafeKey } from './document-store';
import { amzDate, sha256Hex, sigV4Authorization, uriEncode } from './sigv4';

export interface S3StoreOptions {
  /** e.g. https://s3.eu-west-3.amazonaws.com, http://127.0.0.1:9000 (MinIO) */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Per-request limit; a stuck store fails the upload instead of holding it forever. */
  timeoutMs?: number;
}

/**
 * Any S3-compatible store (AWS S3, MinIO, Ceph, R2...), addressed path-style
 * (`<endpoint>/<bucket>/<key>`), which all of them accept; requests signed with SigV4.
 */
export class S3Store extends DocumentStore {
  constructor(private readonly options: S3StoreOptions) {
    super();
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const res = await this.send('PUT', key, bytes, { 'content-type': contentType });
    if (!res.ok) throw new Error(`S3 PUT ${key} failed: ${res.status} ${await res.text()}`);
  }

  async get(key: string): Promise<Buffer> {
    const res = await this.send('GET', key, Buffer.alloc(0), {});
    if (res.status === 404) throw new DocumentNotStored(key);
    if (!res.ok) throw new Error(`S3 GET ${key} failed: ${res.status} ${await res.text()}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key, Buffer.alloc(0), {});
    // S3 answers 204 whether or not the key existed; some compatible stores say 404.
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${res.status} ${await res.text()}`);
  }

  private async send(method: 'GET' | 'PUT' | 'DELETE', key: string, body: Buffer, extraHeaders: Record<string, string>): Promise<Response> {
    assertSafeKey(key);
    const endpoint = new URL(this.options.endpoint);
    const basePath = endpoint.pathname.replace(/\/+$/, '');
    const path = `${basePath}/${uriEncode(this.options.bucket)}/${key.split('/').map(uriEncode).join('/')}`;
    const payloadHash = sha256Hex(body);
    const now = amzDate(new Date());
    const headers: Record<string, string> = {
      host: endpoint.host,
      'x-amz-content-sha256': payloadHash,
      'x-amz-date': now,
      ...extraHeaders,
    };
    const authorization = sigV4Authorization(
      { method, path, headers, payloadHash },
      { accessKeyId: this.options.accessKeyId, secretAccessKey: this.options.secretAccessKey, region: this.options.region, service: 's3' },
      now,
    );
    const { host: _host, ...sent } = headers;
    return fetch(`${endpoint.origin}${path}`, {
      method,
      headers: { ...sent, authorization },
      body: method === 'PUT' ? new Uint8Array(body) : undefined,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
  }
}
