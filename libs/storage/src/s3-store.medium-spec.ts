// The S3 adapter against a local S3-compatible server that verifies SigV4 signatures as S3 does.
import { randomUUID } from 'node:crypto';
import { FakeS3Server } from '@platter/testing';
import { DocumentNotStored } from './document-store';
import { S3Store } from './s3-store';

const credentials = { bucket: 'kyc-documents', region: 'eu-west-3', accessKeyId: 'AKIAFAKEPLATTER01', secretAccessKey: 'fake/secret+key=with/odd+chars' };

describe('S3Store against a SigV4-checking S3 server', () => {
  const s3 = new FakeS3Server(credentials);
  let endpoint: string;

  beforeAll(async () => {
    endpoint = await s3.start();
  });

  afterAll(async () => {
    await s3.stop();
  });

  const store = (overrides: Partial<typeof credentials> = {}) => new S3Store({ endpoint, ...credentials, ...overrides });

  it('puts a document and gets the same bytes back, signed requests accepted', async () => {
    const key = `restaurants/${randomUUID()}/${randomUUID()}.pdf`;
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256))]);
    await store().put(key, bytes, 'application/pdf');
    expect(s3.objects.get(key)).toEqual({ body: bytes, contentType: 'application/pdf' });
    expect((await store().get(key)).equals(bytes)).toBe(true);
    expect(s3.refusals).toEqual([]);
  });

  it('fails, and stores nothing, when the secret is wrong (SignatureDoesNotMatch)', async () => {
    const key = `restaurants/${randomUUID()}/${randomUUID()}.png`;
    await expect(store({ secretAccessKey: 'not-the-secret' }).put(key, Buffer.from('x'), 'image/png')).rejects.toThrow(/403.*SignatureDoesNotMatch/s);
    expect(s3.objects.has(key)).toBe(false);
  });

  it('fails with an unknown access key (InvalidAccessKeyId)', async () => {
    await expect(store({ accessKeyId: 'AKIAUNKNOWN' }).get(`restaurants/${randomUUID()}/x.pdf`)).rejects.toThrow(/InvalidAccessKeyId/);
  });

  it('reports a missing object as DocumentNotStored', async () => {
    await expect(store().get(`restaurants/${randomUUID()}/${randomUUID()}.pdf`)).rejects.toBeInstanceOf(DocumentNotStored);
  });

  it('deletes a document (erasure), and deleting it again is no error', async () => {
    const key = `drivers/${randomUUID()}/${randomUUID()}.jpg`;
    await store().put(key, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg');
    await store().delete(key);
    expect(s3.objects.has(key)).toBe(false);
    await expect(store().delete(key)).resolves.toBeUndefined();
    await expect(store().get(key)).rejects.toBeInstanceOf(DocumentNotStored);
  });

  it('never sends a key that is not one of ours', async () => {
    await expect(store().put('../../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Unsafe storage key/);
  });
});
