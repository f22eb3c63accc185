import { amzDate, sha256Hex, sigV4Authorization } from './sigv4';

describe('SigV4', () => {
  // AWS's published example "GET Object" (S3 docs, "Signature Calculations for the Authorization
  // Header: Transferring Payload in a Single Chunk"), with its documented signature.
  it('signs AWS S3 documentation example GET /test.txt to the documented signature', () => {
    const authorization = sigV4Authorization(
      {
        method: 'GET',
        path: '/test.txt',
        headers: {
          Host: 'examplebucket.s3.amazonaws.com',
          Range: 'bytes=0-9',
          'x-amz-content-sha256': sha256Hex(''),
          'x-amz-date': '20130524T000000Z',
        },
        payloadHash: sha256Hex(''),
      },
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 's3' },
      '20130524T000000Z',
    );
    expect(authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('formats the request time as x-amz-date wants it', () => {
    expect(amzDate(new Date('2026-11-21T07:05:09.123Z'))).toBe('20261121T070509Z');
  });
});
