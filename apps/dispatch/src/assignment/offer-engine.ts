import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OfferOutcome } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { DispatchConfig } from '../dispatch.config';
import { Delivery } from '../deliveries/delivery.entity';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { pointOf, roundKm } from '../deliveries/domain/eta';
import { DriverRepository } from '../drivers/driver.repository';
import { RoutingProvider } from '../routing/domain/routing-provider';
import { DeliveryOffer } from './delivery-offer.entity';
import { DeliveryOfferRepository } from './delivery-offer.repository';
import { Candidate, HeldPickup, RankedCandidate, rankCandidates } from './domain/ranking';
import { RestaurantSiteRepository } from './restaurant-site.repository';

/** Deliveries that look for a driver: ready ones, and those whose food will be ready soon enough (early offers). */
export const SEEKING_STATUSES = ['available', 'awaiting_pickup_ready'] as const;

/** How far ahead of its expected readiness a delivery is considered for an early offer. */
const EARLY_HORIZON_MINUTES = 180;
/** An early offer waits at most this long between looks (the drivers move meanwhile). */
const EARLY_RECHECK_MS = 30_000;

/**
 * Offers deliveries to drivers one at a time. Every method runs in the caller's transaction; those
 * taking a delivery want it locked by the caller (lock order everywhere: driver, delivery, offer).
 *
 * A delivery is offered to the best eligible driver not yet tried in this round (ranking.ts);
 * declined and expired offers count as tried; when everyone eligible was tried the round ends,
 * and after OFFER_ROUND_PAUSE_SECONDS a new one starts. With nobody eligible it waits in the
 * pool (POOL_RECHECK_SECONDS, or at once when a driver comes online). Looking longer than
 * UNCLAIMED_FLAG_SECONDS flags it for operators. Unique indexes keep one open offer per delivery
 * and per driver, whatever replicas race.
 */
@Injectable()
export class OfferEngine {
  private readonly log = new Logger(OfferEngine.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly config: DispatchConfig,
    private readonly routing: RoutingProvider,
    private readonly deliveries: DeliveryRepository,
    private readonly offerRows: DeliveryOfferRepository,
    private readonly drivers: DriverRepository,
    private readonly sites: RestaurantSiteRepository,
  ) {}

  /** Offers the locked delivery to its next driver if it should be offered now; the offer made, or null. */
  async offerNext(delivery: Delivery, { force = false }: { force?: boolean } = {}, now = new Date()): Promise<DeliveryOffer | null> {
    if (delivery.driver_id || !(SEEKING_STATUSES as readonly string[]).includes(delivery.status)) return null;
    if (delivery.status === 'awaiting_pickup_ready' && !delivery.expected_ready_at) return null;
    if (await this.offerRows.hasOpen(delivery.id)) return null;
    if (!force && delivery.next_offer_at && delivery.next_offer_at > now) return null;
    await this.fillPickup(delivery);

    const patch: Partial<Delivery> = {};
    const save = async () => {
      this.flagIfOverdue(delivery, patch, now);
      if (Object.keys(patch).length) {
        await this.deliveries.update(delivery.id, patch);
        Object.assign(delivery, patch);
      }
    };
    const pickup: HeldPickup = { restaurant_id: delivery.restaurant_id, pickup: pointOf(delivery.pickup_lat, delivery.pickup_lng) };
    const ranked = rankCandidates(await this.candidates(), pickup, this.rules(), now);
    if (delivery.status === 'available' && !delivery.seeking_since) patch.seeking_since = now;
    if (!ranked.length) {
      patch.next_offer_at = this.after(now, this.config.POOL_RECHECK_SECONDS);
      await save();
      return null;
    }

    const tried = new Set(await this.offerRows.driversOfferedIn(delivery.id, delivery.offer_round));
    let untried = ranked.filter((c) => !tried.has(c.driver_id));
    if (!untried.length) {
      const pause = this.config.OFFER_ROUND_PAUSE_SECONDS;
      if (!delivery.round_exhausted_at) {
        patch.round_exhausted_at = now;
        patch.next_offer_at = this.after(now, pause);
        await save();
        return null;
      }
      const resume = this.after(delivery.round_exhausted_at, pause);
      if (now < resume) {
        patch.next_offer_at = resume;
        await save();
        return null;
      }
      patch.offer_round = delivery.offer_round + 1;
      patch.round_exhausted_at = null;
      untried = ranked;
    }

    let tripMinutes: number | null = null;
    const best = untried[0];
    if (best.position && pickup.pickup) tripMinutes = (await this.routing.route(best.position, pickup.pickup, { vehicle_type: best.vehicle_type })).duration_minutes;
    if (delivery.status === 'awaiting_pickup_ready') {
      // Early: only once the best driver's trip takes at least as long as what is left of the cooking.
      const leftMs = delivery.expected_ready_at!.getTime() - now.getTime();
      const tripMs = tripMinutes === null ? 0 : tripMinutes * 60_000;
      if (leftMs > tripMs) {
        patch.next_offer_at = new Date(now.getTime() + Math.max(1000, Math.min(leftMs - tripMs, EARLY_RECHECK_MS)));
        await save();
        return null;
      }
      if (!delivery.seeking_since) patch.seeking_since = now;
    }

    for (const candidate of untried) {
      const offer = await this.insertOffer(delivery, candidate, patch.offer_round ?? delivery.offer_round, now);
      if (!offer) continue; // another dispatcher just offered this driver something
      patch.next_offer_at = null;
      await save();
      const minutes = candidate === best ? tripMinutes : null;
      await this.events.publish('delivery.offered', {
        offer_id: offer.offer_id,
        delivery_id: delivery.id,
        order_id: delivery.order_id,
        restaurant_id: delivery.restaurant_id,
        driver_id: candidate.driver_id,
        expires_at: offer.expires_at.toISOString(),
        distance_km: candidate.distance_km === null ? null : roundKm(candidate.distance_km),
        pickup_eta_minutes: minutes === null ? null : Math.ceil(minutes),
        dropoff_address: delivery.address,
        delivery_fee: delivery.delivery_fee,
      });
      return offer;
    }
    patch.next_offer_at = this.after(now, Math.min(this.config.POOL_RECHECK_SECONDS, this.config.OFFER_TIMEOUT_SECONDS));
    await save();
    return null;
  }

  /** Closes the delivery's open offer (if any) with `outcome`; the closed offer. */
  async closeOpenOffer(delivery: Delivery, outcome: Exclude<OfferOutcome, 'accepted'> | 'accepted', now = new Date()): Promise<DeliveryOffer | null> {
    const offer = await this.offerRows.lockOpen(delivery.id);
    if (!offer) return null;
    await this.close(offer, delivery, outcome, now);
    return offer;
  }

  async close(offer: DeliveryOffer, delivery: Delivery, outcome: OfferOutcome, now = new Date()): Promise<void> {
    await this.offerRows.close(offer.offer_id, outcome, now);
    offer.status = outcome;
    offer.closed_at = now;
    await this.events.publish('delivery.offer-closed', {
      offer_id: offer.offer_id,
      delivery_id: delivery.id,
      order_id: delivery.order_id,
      driver_id: offer.driver_id,
      outcome,
    });
  }

  /**
   * The sweeper's first half: open offers past their time expire and their deliveries move on to
   * the next driver. Deliveries another replica is working on are skipped. How many expired.
   */
  async expireDue(limit = 50): Promise<number> {
    return this.tx.run(async () => {
      const ids = await this.deliveries.lockWithExpiredOffer(limit);
      let expired = 0;
      for (const id of ids) {
        const delivery = await this.deliveries.byIdOrFail(id);
        const offer = await this.offerRows.lockOpen(id);
        const now = new Date();
        if (!offer || offer.expires_at > now) continue;
        await this.close(offer, delivery, 'expired', now);
        expired++;
        await this.offerNext(delivery, {}, now);
      }
      return expired;
    });
  }

  /**
   * The sweeper's second half (and what a driver coming online triggers, with `force`): deliveries
   * that look for a driver and hold no open offer are offered. How many offers were made.
   */
  async offerWaiting({ limit = 50, force = false }: { limit?: number; force?: boolean } = {}): Promise<number> {
    return this.tx.run(async () => {
      const ids = await this.deliveries.lockSeekingWithoutOffer(limit, force, EARLY_HORIZON_MINUTES);
      let offered = 0;
      for (const id of ids) {
        const delivery = await this.deliveries.byIdOrFail(id);
        if (await this.offerNext(delivery, { force })) offered++;
      }
      return offered;
    });
  }

  /** Online, approved drivers with what they hold, except those holding an open offer. */
  async candidates(): Promise<Candidate[]> {
    const rows = await this.drivers.offerCandidates();
    return rows.map((r) => ({
      driver_id: r.id,
      vehicle_type: r.vehicle_type,
      position: pointOf(r.last_lat, r.last_lng),
      located_at: r.last_located_at ? new Date(r.last_located_at) : null,
      held: r.held.map((h) => ({ restaurant_id: h.restaurant_id, pickup: pointOf(h.lat, h.lng) })),
    }));
  }

  rules() {
    return { maxActive: this.config.MAX_ACTIVE_DELIVERIES, batchRadiusKm: this.config.BATCH_PICKUP_RADIUS_KM, staleSeconds: this.config.LOCATION_STALE_SECONDS };
  }

  /** The restaurant's position (and owner) from restaurant_sites, when the delivery lacks them. */
  async fillPickup(delivery: Delivery): Promise<void> {
    if (delivery.pickup_lat !== null && delivery.pickup_lng !== null && delivery.restaurant_owner_id) return;
    const site = await this.sites.of(delivery.restaurant_id);
    if (!site) return;
    const patch: Partial<Delivery> = {};
    if ((delivery.pickup_lat === null || delivery.pickup_lng === null) && site.lat !== null && site.lng !== null) Object.assign(patch, { pickup_lat: site.lat, pickup_lng: site.lng });
    if (!delivery.restaurant_owner_id && site.owner_id) patch.restaurant_owner_id = site.owner_id;
    if (!Object.keys(patch).length) return;
    await this.deliveries.update(delivery.id, patch);
    Object.assign(delivery, patch);
  }

  private async insertOffer(delivery: Delivery, candidate: RankedCandidate, round: number, now: Date): Promise<DeliveryOffer | null> {
    const offer: DeliveryOffer = {
      offer_id: randomUUID(),
      delivery_id: delivery.id,
      driver_id: candidate.driver_id,
      round,
      status: 'open',
      distance_km: candidate.distance_km,
      created_at: now,
      expires_at: this.after(now, this.config.OFFER_TIMEOUT_SECONDS),
      closed_at: null,
    };
    return (await this.offerRows.insertOpen(offer)) ? offer : null;
  }

  private flagIfOverdue(delivery: Delivery, patch: Partial<Delivery>, now: Date): void {
    const since = patch.seeking_since ?? delivery.seeking_since;
    if (delivery.flagged_at || !since) return;
    if (now.getTime() - since.getTime() < this.config.UNCLAIMED_FLAG_SECONDS * 1000) return;
    patch.flagged_at = now;
    this.log.warn(`delivery ${delivery.id} (order ${delivery.order_id}) has found no driver in ${this.config.UNCLAIMED_FLAG_SECONDS} s: flagged for operators`);
  }

  private after(from: Date, seconds: number): Date {
    return new Date(from.getTime() + seconds * 1000);
  }
}
