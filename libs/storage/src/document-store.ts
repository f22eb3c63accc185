/**
 * Where uploaded files' bytes are kept, by key ("restaurants/<id>/<document id>.pdf",
 * "drivers/<id>/<document id>.png"). The owning service's database keeps the metadata and the key;
 * the store keeps nothing else.
 */
export abstract class DocumentStore {
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`; throws DocumentNotStored when there are none. */
  abstract get(key: string): Promise<Buffer>;
  /** Removes the bytes under `key` (erasure); nothing stored there is not an error. */
  abstract delete(key: string): Promise<void>;
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
