/**
 * Where uploaded files' bytes are kept, by key ("restaurants/<id>/<document id>.pdf"). The database
 * keeps the metadata and the key; the store keeps nothing else.
 */
export abstract class DocumentStore {
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`; throws DocumentNotStored when there are none. */
  abstract get(key: string): Promise<Buffer>;
}

export class DocumentNotStored extends Error {
  constructor(key: string) {
    super(`No document stored under ${key}`);
  }
}

/** Keys are ours (uuids, a fixed prefix, an extension); anything else is a bug, never a path to follow. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\.[a-z0-9]+$/.test(key)) throw new Error(`Unsafe storage key: ${key}`);
}
