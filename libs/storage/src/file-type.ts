/** The document types uploads accept, known by their first bytes: a client's Content-Type or file name proves nothing. */
const SIGNATURES = [
  { contentType: 'application/pdf', extension: 'pdf', magic: Buffer.from('%PDF-', 'latin1') },
  { contentType: 'image/png', extension: 'png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', extension: 'jpg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
] as const;

export type SniffedType = (typeof SIGNATURES)[number];

export function sniffDocumentType(bytes: Buffer): SniffedType | null {
  return SIGNATURES.find((s) => bytes.length > s.magic.length && bytes.subarray(0, s.magic.length).equals(s.magic)) ?? null;
}

/** 5 MB: a scanned licence or ID fits; the bytes also cross RabbitMQ in one message (base64). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Why an uploaded file is refused, or null when it is a PDF, PNG or JPEG within the limit. */
export function documentProblem(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > MAX_DOCUMENT_BYTES) return `the file is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB`;
  if (!sniffDocumentType(bytes)) return 'only PDF, JPEG and PNG files are accepted';
  return null;
}
