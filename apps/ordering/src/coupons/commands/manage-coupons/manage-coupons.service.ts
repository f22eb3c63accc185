import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { Actor, ConflictError, CouponScope, CouponView, ForbiddenError, NotFoundError, Page, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS, pageOf, requireRestaurantAccess } from '@platter/service-kit';
import { actorRestaurant } from '../../../orders/actor-restaurant';
import { RestaurantReplicaRepository } from '../../../replicas/restaurant-replica.repository';
import { CouponDefinition, couponDefinitionProblems } from '../../coupon-definition';
import { Coupon } from '../../coupon.entity';
import { CouponRepository } from '../../coupon.repository';
import { toCouponView } from '../../coupon.view';
import { UpdateCouponRequest as CouponPatchRequest, CreateCouponRpcRequest as CreateCouponRequest, ListCouponsRpcRequest as ListCouponsRequest } from '@platter/contracts';

/** Whose coupons a request is about: a restaurant's (in its currency) or the platform's. */
interface CouponOwner {
  restaurantId: string | null;
  currency: string | null;
}

/**
 * Restaurants' own coupons (their owner or managers) and platform-wide ones (admins): create,
 * read, change, delete (soft: the code becomes free again, past redemptions stay).
 */
@Injectable()
export class ManageCouponsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly coupons: CouponRepository,
    private readonly restaurants: RestaurantReplicaRepository,
  ) {}

  async create(actor: Actor, request: CreateCouponRequest): Promise<CouponView> {
    return this.tx.run(async () => {
      const owner = await this.ownerFor(actor, request.scope);
      const currency = this.currencyFor(owner, request.currency);
      const coupon = Object.assign(new Coupon(), {
        id: randomUUID(),
        restaurant_id: owner.restaurantId,
        code: request.code,
        kind: request.discount_type,
        percent_bps: request.percent_bps ?? null,
        amount: request.amount ?? null,
        max_discount: request.max_discount ?? null,
        min_subtotal: request.min_subtotal ?? 0,
        currency,
        starts_at: dateOrNull(request.starts_at),
        ends_at: dateOrNull(request.ends_at),
        max_uses: request.max_uses ?? null,
        per_customer_limit: request.per_customer_limit ?? null,
        uses_count: 0,
        is_active: request.is_active ?? true,
        created_by: actor.user_id,
        deleted_at: null,
      } satisfies Omit<Coupon, 'created_at' | 'updated_at'>);
      assertDefinition(coupon);
      await this.assertCodeFree(owner, coupon.code, null);
      await this.save(() => this.coupons.insert(coupon));
      return toCouponView(await this.coupons.get(coupon.id));
    });
  }

  async update(actor: Actor, scope: CouponScope, id: string, patch: CouponPatchRequest): Promise<CouponView> {
    return this.tx.run(async () => {
      const owner = await this.ownerFor(actor, scope);
      const coupon = await this.find(owner, id, true);
      const kind = patch.discount_type ?? coupon.kind;
      const kindChanged = kind !== coupon.kind;
      const changes: Partial<Coupon> = {
        ...(patch.code !== undefined ? { code: patch.code } : {}),
        kind,
        // Switching kind drops the other kind's figures unless the patch says otherwise.
        percent_bps: patch.percent_bps !== undefined ? patch.percent_bps : kindChanged ? null : coupon.percent_bps,
        amount: patch.amount !== undefined ? patch.amount : kindChanged ? null : coupon.amount,
        max_discount: patch.max_discount !== undefined ? patch.max_discount : kindChanged ? null : coupon.max_discount,
        ...(patch.min_subtotal !== undefined ? { min_subtotal: patch.min_subtotal } : {}),
        ...(patch.currency !== undefined ? { currency: this.currencyFor(owner, patch.currency) } : {}),
        ...(patch.starts_at !== undefined ? { starts_at: dateOrNull(patch.starts_at) } : {}),
        ...(patch.ends_at !== undefined ? { ends_at: dateOrNull(patch.ends_at) } : {}),
        ...(patch.max_uses !== undefined ? { max_uses: patch.max_uses } : {}),
        ...(patch.per_customer_limit !== undefined ? { per_customer_limit: patch.per_customer_limit } : {}),
        ...(patch.is_active !== undefined ? { is_active: patch.is_active } : {}),
      };
      assertDefinition({ ...coupon, ...changes });
      if (changes.code !== undefined) await this.assertCodeFree(owner, changes.code, coupon.id);
      await this.save(() => this.coupons.update(coupon.id, { ...changes, updated_at: new Date() }));
      return toCouponView(await this.coupons.get(coupon.id));
    });
  }

  async remove(actor: Actor, scope: CouponScope, id: string): Promise<{ deleted: true }> {
    return this.tx.run(async () => {
      const owner = await this.ownerFor(actor, scope);
      const coupon = await this.find(owner, id, true);
      await this.coupons.update(coupon.id, { deleted_at: new Date(), is_active: false });
      return { deleted: true as const };
    });
  }

  async get(actor: Actor, scope: CouponScope, id: string): Promise<CouponView> {
    const owner = await this.ownerFor(actor, scope);
    return toCouponView(await this.find(owner, id, false));
  }

  async list(actor: Actor, query: ListCouponsRequest): Promise<Page<CouponView>> {
    const owner = await this.ownerFor(actor, query.scope);
    const [coupons, total] = await this.coupons.list({
      restaurantId: owner.restaurantId, code: query.code, isActive: query.is_active, page: query.page, limit: query.limit,
    });
    return pageOf(coupons.map(toCouponView), query, total);
  }

  /** A live coupon of this owner; anyone else's does not exist for them. */
  private async find(owner: CouponOwner, id: string, lock: boolean): Promise<Coupon> {
    const coupon = await this.coupons.byId(id, { lock });
    if (!coupon || coupon.deleted_at || coupon.restaurant_id !== owner.restaurantId) throw new NotFoundError('Coupon');
    return coupon;
  }

  /**
   * Platform coupons are admins'; a restaurant's are its owner's and managers', for the restaurant
   * their token acts for (an owner's only restaurant when the token names none).
   */
  private async ownerFor(actor: Actor, scope: CouponScope): Promise<CouponOwner> {
    if (scope === 'platform') {
      if (actor.role !== 'admin') throw new ForbiddenError('Platform coupons are managed by admins');
      return { restaurantId: null, currency: null };
    }
    const restaurant = await actorRestaurant(this.restaurants, actor, 'Coupons can be offered');
    requireRestaurantAccess(actor, restaurant, MANAGERS);
    return { restaurantId: restaurant.id, currency: restaurant.currency };
  }

  private currencyFor(owner: CouponOwner, requested: string | undefined): string {
    if (owner.currency) {
      if (requested && requested !== owner.currency) {
        throw new ValidationFailedError([{ field: 'currency', message: `A restaurant's coupons are in its currency (${owner.currency})` }]);
      }
      return owner.currency;
    }
    return requested ?? 'XAF';
  }

  /** 409 when another live coupon of the scope has this code (case-insensitive); save() catches a racing twin. */
  private async assertCodeFree(owner: CouponOwner, code: string, exceptId: string | null): Promise<void> {
    if (await this.coupons.codeTaken(owner.restaurantId, code, exceptId)) throw new ConflictError('A coupon with this code already exists');
  }

  /** A taken code (per scope, case-insensitive) is 409. */
  private async save(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string } | undefined)?.code === '23505') {
        throw new ConflictError('A coupon with this code already exists');
      }
      throw err;
    }
  }
}

function dateOrNull(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}

function assertDefinition(c: CouponDefinition): void {
  const problems = couponDefinitionProblems(c);
  if (problems.length) throw new ValidationFailedError(problems);
}
