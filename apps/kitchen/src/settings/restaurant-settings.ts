import { Injectable } from '@nestjs/common';
import { Actor, ForbiddenError, MembershipRole, RESTAURANT_CONFIG_KEYS, RestaurantConfigKey, RestaurantConfigView, RestaurantSettingView } from '@platter/contracts';
import { actsForRestaurant } from '@platter/service-kit';
import { KitchenConfig } from '../kitchen.config';
import { KitchenException } from '../kitchen.exception';
import { RestaurantSetting } from './restaurant-setting.entity';
import { RestaurantSettingRepository } from './restaurant-setting.repository';

/** The platform defaults, as settings' text. */
export function defaultSettings(config: Pick<KitchenConfig, 'DEFAULT_TAX_RATE' | 'DEFAULT_SERVICE_FEE' | 'DEFAULT_ACCEPTANCE_TIMEOUT_MINUTES' | 'DEFAULT_PREPARATION_MINUTES'>): Record<RestaurantConfigKey, string> {
  return {
    tax_rate: config.DEFAULT_TAX_RATE,
    service_fee: String(config.DEFAULT_SERVICE_FEE),
    acceptance_timeout_minutes: String(config.DEFAULT_ACCEPTANCE_TIMEOUT_MINUTES),
    preparation_minutes: String(config.DEFAULT_PREPARATION_MINUTES),
  };
}

/**
 * Which restaurant's settings the actor works on: the one their token acts for (with one of
 * `roles` there), or, for an admin, the one they name.
 */
export function settingsRestaurantOf(actor: Actor, roles: readonly MembershipRole[], named?: string): string {
  if (actor.role === 'admin') {
    if (!named) throw KitchenException.invalidInput('restaurant_id', 'restaurant_id is required for admins');
    return named;
  }
  const restaurantId = actor.restaurant_id;
  if (!restaurantId) throw new ForbiddenError('Your token does not act for a restaurant');
  if (named && named !== restaurantId) throw new ForbiddenError('You do not act for this restaurant');
  // The owner is a member with the owner role once the restaurant is approved; the token says so.
  if (!actsForRestaurant(actor, { id: restaurantId, owner_id: '' }, roles)) throw new ForbiddenError('Your role at this restaurant cannot do this');
  return restaurantId;
}

/** Reads a restaurant's settings, its own or the defaults. */
@Injectable()
export class RestaurantSettings {
  private readonly defaults: Record<RestaurantConfigKey, string>;

  constructor(
    private readonly rows: RestaurantSettingRepository,
    config: KitchenConfig,
  ) {
    this.defaults = defaultSettings(config);
  }

  defaultOf(key: RestaurantConfigKey): string {
    return this.defaults[key];
  }

  async view(restaurantId: string): Promise<RestaurantConfigView> {
    const rows = await this.rows.ofRestaurant(restaurantId);
    const own = new Map(rows.map((r) => [r.key, r]));
    return { restaurant_id: restaurantId, settings: RESTAURANT_CONFIG_KEYS.map((key) => this.settingView(key, own.get(key) ?? null)) };
  }

  settingView(key: RestaurantConfigKey, row: RestaurantSetting | null): RestaurantSettingView {
    return {
      key,
      value: row?.value ?? this.defaults[key],
      is_default: !row,
      default_value: this.defaults[key],
      updated_at: row ? row.updated_at.toISOString() : null,
    };
  }
}
