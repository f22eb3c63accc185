import { MAX_DOCUMENT_BYTES, documentProblem, sniffDocumentType } from './file-type';

describe('sniffDocumentType', () => {
  it('knows a PDF, a PNG and a JPEG by their first bytes', () => {
    expect(sniffDocumentType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'))?.contentType).toBe('application/pdf');
    expect(sniffDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))?.contentType).toBe('image/png');
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))?.extension).toBe('jpg');
  });

  it('refuses what only claims to be one: text named .pdf, a GIF, an executable, a bare signature', () => {
    expect(sniffDocumentType(Buffer.from('hello, this is not a PDF'))).toBeNull();
    expect(sniffDocumentType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBeNull();
    expect(sniffDocumentType(Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
    expect(sniffDocumentType(Buffer.from('%PDF-', 'latin1'))).toBeNull();
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
  });

  it('says why an upload is refused: empty, over 5 MB, or not a PDF, JPEG or PNG', () => {
    expect(documentProblem(Buffer.alloc(0))).toBe('the file is empty');
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    expect(documentProblem(big)).toBe('the file is larger than 5 MB');
    expect(documentProblem(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('only PDF, JPEG and PNG files are accepted');
    expect(documentProblem(Buffer.from('%PDF-1.4\n', 'latin1'))).toBeNull();
  });
});
