import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, DriverDocumentContent, DriverDocumentView, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DocumentStore, acceptedDocument, readStoredDocument } from '@platter/storage';
import { DriverStatusMover } from '../driver-status-mover';
import { toDriverDocumentView } from '../driver.view';
import { DriverRepository } from '../driver.repository';
import { lockDriver } from '../drivers';
import { DriverDocumentRepository } from './driver-document.repository';
import { UploadDriverDocumentRequest } from './upload-driver-document.request';

/**
 * A driver's KYC documents (ID card, licence, vehicle registration, insurance): PDF, JPEG or PNG by
 * their bytes, 5 MB at most, kept in the document store; admins read them to review the driver.
 * A rejected driver who uploads one asks for a new review (pending again).
 */
@Injectable()
export class DriverDocumentsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rows: DriverDocumentRepository,
    private readonly drivers: DriverRepository,
    private readonly store: DocumentStore,
    private readonly mover: DriverStatusMover,
  ) {}

  async upload(actor: Actor, data: UploadDriverDocumentRequest): Promise<DriverDocumentView> {
    const { bytes, type } = acceptedDocument(data.content_base64);
    const id = randomUUID();
    const storageKey = `drivers/${actor.user_id}/${id}.${type.extension}`;
    // Bytes first (outside the transaction: no row lock held while the store works), row second: a
    // failed insert leaves an unreferenced file (harmless), never a row pointing at nothing.
    await this.store.put(storageKey, bytes, type.contentType);
    return this.tx.run(async () => {
      await this.drivers.openIfAbsent(actor.user_id);
      const driver = await lockDriver(this.drivers, actor.user_id);
      await this.rows.insert({
        id,
        driver_id: driver.id,
        type: data.type,
        file_name: data.file_name.trim(),
        content_type: type.contentType,
        size_bytes: bytes.length,
        storage_key: storageKey,
      });
      await this.mover.apply(driver, 'reapply', { actor });
      return toDriverDocumentView(await this.rows.byIdOrFail(id));
    });
  }

  /** An admin reads one document of one driver. */
  async read(driverId: string, documentId: string): Promise<DriverDocumentContent> {
    const document = await this.rows.ofDriver(driverId, documentId);
    if (!document) throw new NotFoundError('Document');
    const bytes = await readStoredDocument(this.store, document.storage_key);
    return { document: toDriverDocumentView(document), content_base64: bytes.toString('base64') };
  }

  /** user.deleted: the files and their rows go (the store's delete is idempotent, so a retried event finishes the job). */
  async eraseAll(driverId: string): Promise<number> {
    const documents = await this.rows.allOf(driverId);
    for (const document of documents) await this.store.delete(document.storage_key);
    if (documents.length) await this.rows.deleteAllOf(driverId);
    return documents.length;
  }
}
