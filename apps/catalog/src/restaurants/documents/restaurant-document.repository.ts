import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { RestaurantDocument } from './restaurant-document.entity';

/** The rows of restaurants' KYC documents (their bytes live in the document store). */
@Injectable()
export class RestaurantDocumentRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(document: Omit<RestaurantDocument, 'created_at'>): Promise<void> {
    await this.tx.repository(RestaurantDocument).insert(document);
  }

  get(id: string): Promise<RestaurantDocument> {
    return this.tx.repository(RestaurantDocument).findOneByOrFail({ id });
  }

  /** One document of one restaurant (null when the restaurant has no such document). */
  findOfRestaurant(restaurantId: string, documentId: string): Promise<RestaurantDocument | null> {
    return this.tx.repository(RestaurantDocument).findOneBy({ id: documentId, restaurant_id: restaurantId });
  }

  /** The restaurant's documents, in upload order. */
  allOf(restaurantId: string): Promise<RestaurantDocument[]> {
    return this.tx.repository(RestaurantDocument).find({ where: { restaurant_id: restaurantId }, order: { created_at: 'ASC', id: 'ASC' } });
  }
}
