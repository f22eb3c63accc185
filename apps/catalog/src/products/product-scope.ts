import { Injectable } from '@nestjs/common';
import { Actor } from '@platter/contracts';
import { ANY_MEMBER } from '@platter/service-kit';
import { ActingRestaurants } from '../restaurants/acting-restaurant';

/**
 * Whose products an actor reads: a restaurant team member, their restaurant's; an admin, every
 * restaurant's (or the one `restaurantId` names). Only the team writes products.
 */
@Injectable()
export class ProductScope {
  constructor(private readonly actingRestaurants: ActingRestaurants) {}

  async readableRestaurantId(actor: Actor, restaurantId?: string): Promise<string | null> {
    if (actor.role === 'admin') return restaurantId ?? null;
    return (await this.actingRestaurants.find(actor, ANY_MEMBER)).id;
  }
}
