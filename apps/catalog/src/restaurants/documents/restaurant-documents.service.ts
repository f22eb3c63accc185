import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, NotFoundError, RestaurantDocumentContent, RestaurantDocumentView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ANY_MEMBER, MANAGERS } from '@platter/service-kit';
import { DocumentStore, acceptedDocument, readStoredDocument } from '@platter/storage';
import { findActingRestaurant } from '../acting-restaurant';
import { RestaurantDocument } from './restaurant-document.entity';
import { toDocumentView } from './restaurant-document.view';
import { UploadDocumentRequest } from '../commands/upload-document/upload-document.request';

/** KYC documents: the owner or a manager uploads them, the team lists them, admins read them. */
@Injectable()
export class RestaurantDocumentsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly store: DocumentStore,
  ) {}

  async upload(actor: Actor, data: UploadDocumentRequest): Promise<RestaurantDocumentView> {
    const { bytes, type } = acceptedDocument(data.content_base64);
    const restaurant = await findActingRestaurant(this.tx, actor, MANAGERS);
    const id = randomUUID();
    const document = this.tx.repository(RestaurantDocument).create({
      id,
      restaurant_id: restaurant.id,
      kind: data.kind,
      file_name: data.file_name.trim(),
      content_type: type.contentType,
      size_bytes: bytes.length,
      storage_key: `restaurants/${restaurant.id}/${id}.${type.extension}`,
      uploaded_by: actor.user_id,
    });
    // Bytes first, row second: a failed insert leaves an unreferenced file (harmless), never a
    // row pointing at nothing.
    await this.store.put(document.storage_key, bytes, type.contentType);
    await this.tx.repository(RestaurantDocument).insert(document);
    return toDocumentView(await this.tx.repository(RestaurantDocument).findOneByOrFail({ id }));
  }

  async listMine(actor: Actor): Promise<RestaurantDocumentView[]> {
    const restaurant = await findActingRestaurant(this.tx, actor, ANY_MEMBER);
    const rows = await this.tx.repository(RestaurantDocument).find({ where: { restaurant_id: restaurant.id }, order: { created_at: 'ASC', id: 'ASC' } });
    return rows.map(toDocumentView);
  }

  /** An admin reads one document of one restaurant. */
  async read(restaurantId: string, documentId: string): Promise<RestaurantDocumentContent> {
    const document = await this.tx.repository(RestaurantDocument).findOneBy({ id: documentId, restaurant_id: restaurantId });
    if (!document) throw new NotFoundError('Document');
    const bytes = await readStoredDocument(this.store, document.storage_key);
    return { document: toDocumentView(document), content_base64: bytes.toString('base64') };
  }
}
