import { Injectable } from '@nestjs/common';
import { AdminRestaurantDetail, NotFoundError } from '@platter/contracts';
import { RestaurantDocumentRepository } from '../../documents/restaurant-document.repository';
import { toDocumentView } from '../../documents/restaurant-document.view';
import { RestaurantRepository } from '../../restaurant.repository';
import { toRestaurantView } from '../../restaurant.view';

/** One restaurant, whatever its status, with the documents it uploaded for review. */
@Injectable()
export class AdminGetRestaurantService {
  constructor(
    private readonly restaurants: RestaurantRepository,
    private readonly documents: RestaurantDocumentRepository,
  ) {}

  async get(id: string): Promise<AdminRestaurantDetail> {
    const restaurant = await this.restaurants.find(id);
    if (!restaurant) throw new NotFoundError('Restaurant');
    const documents = await this.documents.allOf(id);
    return { restaurant: toRestaurantView(restaurant), documents: documents.map(toDocumentView) };
  }
}
