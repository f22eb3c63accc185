import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, ALWAYS_OPEN_HOURS, ConflictError, CreateRestaurantRequest, RestaurantView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RestaurantRepository } from '../../restaurant.repository';
import { freeSlugFor, isSlugClash, slugTaken } from '../../slug-claim';
import { toRestaurantView } from '../../restaurant.view';
import { slugify } from '../../domain/slug';

const UNIQUE_VIOLATION = '23505';

/** An owner registers their restaurant; it waits, pending, for an admin's approval. */
@Injectable()
export class CreateRestaurantService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantRepository,
  ) {}

  async create(owner: Actor, data: CreateRestaurantRequest): Promise<RestaurantView> {
    try {
      return await this.tx.run(async () => {
        if (await this.restaurants.ownerHasOne(owner.user_id)) throw alreadyHasOne();
        const restaurant = this.restaurants.create({
          id: randomUUID(),
          owner_id: owner.user_id,
          name: data.name.trim(),
          slug: await freeSlugFor(this.restaurants, data.name),
          description: data.description ?? null,
          address: data.address.trim(),
          latitude: data.latitude ?? null,
          longitude: data.longitude ?? null,
          // validData(CreateRestaurantRequest) normalised it to E.164.
          phone: data.phone ?? null,
          email: data.email ?? null,
          currency: data.currency ?? 'XAF',
          commission_rate: 0.15,
          // Until the owner sets hours, the restaurant takes orders around the clock (ordering enforces them).
          opening_hours: ALWAYS_OPEN_HOURS,
          status: 'pending',
        });
        await this.restaurants.insert(restaurant);
        return toRestaurantView(await this.restaurants.get(restaurant.id));
      });
    } catch (err) {
      // Two restaurants of the same name created at once: the later one may retry.
      if (isSlugClash(err)) throw slugTaken(slugify(data.name));
      // Two concurrent creations by the same owner: the unique owner_id index settles it.
      if (driverCode(err) === UNIQUE_VIOLATION) throw alreadyHasOne();
      throw err;
    }
  }
}

function alreadyHasOne(): ConflictError {
  return new ConflictError('You already have a restaurant');
}

function driverCode(err: unknown): string | undefined {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e?.driverError?.code ?? e?.code;
}
