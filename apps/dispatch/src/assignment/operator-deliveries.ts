import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError, OperatorDeliveryView } from '@platter/contracts';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { Delivery } from '../deliveries/delivery.entity';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { DeliveryException } from '../deliveries/delivery.exception';
import { DriverRepository } from '../drivers/driver.repository';
import { DeliveryOfferRepository } from './delivery-offer.repository';
import { toOperatorDeliveryView } from './operator-view';
import { RestaurantSite } from './restaurant-site.entity';
import { RestaurantSiteRepository } from './restaurant-site.repository';

/** What the restaurant routes need to know of the restaurant the caller acts for. */
export interface ActingRestaurant {
  id: string;
  site: RestaurantSite | null;
}

/** Shared by the operators' routes: which restaurant, may the caller act for it, views with drivers and offers. */
@Injectable()
export class OperatorDeliveries {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly offers: DeliveryOfferRepository,
    private readonly sites: RestaurantSiteRepository,
  ) {}

  /**
   * The restaurant a restaurant route is about: the one the token acts for, an owner's own (before
   * their token names it), or for admins the one they name (`restaurant_id`, required).
   */
  async actingRestaurant(actor: Actor, requested: string | undefined): Promise<ActingRestaurant> {
    let id = actor.role === 'admin' ? requested : (actor.restaurant_id ?? requested);
    if (!id && actor.role === 'restaurant_owner') {
      id = (await this.sites.latestOwnedBy(actor.user_id))?.restaurant_id;
    }
    if (!id) throw DeliveryException.invalidInput('restaurant_id', actor.role === 'admin' ? 'name the restaurant' : 'your token names no restaurant');
    const site = await this.sites.of(id);
    if (actor.role !== 'admin') {
      const ownerId = site?.owner_id ?? (await this.deliveries.ownerOfRestaurant(id)) ?? '';
      requireRestaurantAccess(actor, { id, owner_id: ownerId }, ANY_MEMBER);
    }
    return { id, site };
  }

  /** May the actor act on this delivery: an admin, or the team of its restaurant (else 403). */
  requireAccess(actor: Actor, delivery: Delivery, site: RestaurantSite | null): void {
    if (actor.role === 'admin') return;
    requireRestaurantAccess(actor, { id: delivery.restaurant_id, owner_id: delivery.restaurant_owner_id ?? site?.owner_id ?? '' }, ANY_MEMBER);
  }

  async lockByOrder(orderId: string): Promise<Delivery> {
    const delivery = await this.deliveries.lockByOrder(orderId);
    if (!delivery) throw new NotFoundError('Delivery');
    return delivery;
  }

  async views(rows: Delivery[]): Promise<OperatorDeliveryView[]> {
    if (!rows.length) return [];
    const driverIds = [...new Set(rows.map((d) => d.driver_id).filter((id): id is string => !!id))];
    const drivers = await this.drivers.byIds(driverIds);
    const offers = await this.offers.openOf(rows.map((d) => d.id));
    const driverById = new Map(drivers.map((d) => [d.id, d]));
    const offerByDelivery = new Map(offers.map((o) => [o.delivery_id, o]));
    return rows.map((d) => toOperatorDeliveryView(d, d.driver_id ? (driverById.get(d.driver_id) ?? null) : null, offerByDelivery.get(d.id) ?? null));
  }
}
