import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, NotFoundError, RestaurantDocumentContent, RestaurantDocumentView } from '@platter/contracts';
import { ANY_MEMBER, MANAGERS } from '@platter/service-kit';
import { DocumentStore, acceptedDocument, readStoredDocument } from '@platter/storage';
import { ActingRestaurants } from '../acting-restaurant';
import { RestaurantDocumentRepository } from './restaurant-document.repository';
import { toDocumentView } from './restaurant-document.view';
import { UploadDocumentRequest } from '../commands/upload-document/upload-document.request';

/** KYC documents: the owner or a manager uploads them, the team lists them, admins read them. */
@Injectable()
export class RestaurantDocumentsService {
  constructor(
    private readonly documents: RestaurantDocumentRepository,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly store: DocumentStore,
  ) {}

  async upload(actor: Actor, data: UploadDocumentRequest): Promise<RestaurantDocumentView> {
    const { bytes, type } = acceptedDocument(data.content_base64);
    const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
    const id = randomUUID();
    const document = {
      id,
      restaurant_id: restaurant.id,
      kind: data.kind,
      file_name: data.file_name.trim(),
      content_type: type.contentType,
      size_bytes: bytes.length,
      storage_key: `restaurants/${restaurant.id}/${id}.${type.extension}`,
      uploaded_by: actor.user_id,
    };
    // Bytes first, row second: a failed insert leaves an unreferenced file (harmless), never a
    // row pointing at nothing.
    await this.store.put(document.storage_key, bytes, type.contentType);
    await this.documents.insert(document);
    return toDocumentView(await this.documents.get(id));
  }

  async listMine(actor: Actor): Promise<RestaurantDocumentView[]> {
    const restaurant = await this.actingRestaurants.find(actor, ANY_MEMBER);
    return (await this.documents.allOf(restaurant.id)).map(toDocumentView);
  }

  /** An admin reads one document of one restaurant. */
  async read(restaurantId: string, documentId: string): Promise<RestaurantDocumentContent> {
    const document = await this.documents.findOfRestaurant(restaurantId, documentId);
    if (!document) throw new NotFoundError('Document');
    const bytes = await readStoredDocument(this.store, document.storage_key);
    return { document: toDocumentView(document), content_base64: bytes.toString('base64') };
  }
}
