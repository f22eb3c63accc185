import { NotFoundError, ValidationFailedError } from '@platter/contracts';
import { DocumentNotStored, DocumentStore } from './document-store';
import { SniffedType, documentProblem, sniffDocumentType } from './file-type';

/** An upload's bytes and their type, or 400 VALIDATION_ERROR on `file` (empty, too large, not PDF/JPEG/PNG). */
export function acceptedDocument(contentBase64: string): { bytes: Buffer; type: SniffedType } {
  const bytes = Buffer.from(contentBase64, 'base64');
  const problem = documentProblem(bytes);
  if (problem) throw new ValidationFailedError([{ field: 'file', message: problem }], `Invalid document: ${problem}`);
  return { bytes, type: sniffDocumentType(bytes)! };
}

/** A stored file's bytes; a row that outlived its file (a store emptied or misconfigured) is a 404, not a 500. */
export async function readStoredDocument(store: DocumentStore, key: string): Promise<Buffer> {
  try {
    return await store.get(key);
  } catch (err) {
    if (err instanceof DocumentNotStored) throw new NotFoundError('Document file');
    throw err;
  }
}
