import { Injectable } from '@nestjs/common';
import { Actor, RestaurantConfigKey, RestaurantSettingView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { KitchenException } from '../../../kitchen.exception';
import { RestaurantSetting } from '../../restaurant-setting.entity';
import { RestaurantSettings, settingsRestaurantOf } from '../../restaurant-settings';
import { checkSetting, isSettingKey } from '../../setting-rules';

/**
 * An owner or manager (or an admin, naming the restaurant) changes a setting, or sets it back to
 * the default; each real change is announced as restaurant.config-changed (value null = default),
 * which ordering applies to pricing and the acceptance deadline.
 */
@Injectable()
export class ChangeSettingService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly settings: RestaurantSettings,
  ) {}

  async set(actor: Actor, key: string, value: unknown, restaurantIdNamed?: string): Promise<RestaurantSettingView> {
    const settingKey = this.keyOf(key);
    const checked = checkSetting(settingKey, value);
    if (!checked.ok) throw KitchenException.invalidInput('value', checked.message);
    const restaurantId = settingsRestaurantOf(actor, MANAGERS, restaurantIdNamed);
    return this.tx.run(async (manager) => {
      // The upsert's row lock orders concurrent changes of one key; `changed` is false for the same value again.
      const rows: Array<{ changed: boolean }> = await manager.query(
        `INSERT INTO restaurant_settings AS s (restaurant_id, key, value, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (restaurant_id, key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()
           WHERE s.value IS DISTINCT FROM EXCLUDED.value
         RETURNING true AS changed`,
        [restaurantId, settingKey, checked.value, actor.user_id],
      );
      if (rows.length) await this.events.publish('restaurant.config-changed', { restaurant_id: restaurantId, key: settingKey, value: checked.value });
      const row = await this.tx.repository(RestaurantSetting).findOneByOrFail({ restaurant_id: restaurantId, key: settingKey });
      return this.settings.settingView(settingKey, row);
    });
  }

  async reset(actor: Actor, key: string, restaurantIdNamed?: string): Promise<RestaurantSettingView> {
    const settingKey = this.keyOf(key);
    const restaurantId = settingsRestaurantOf(actor, MANAGERS, restaurantIdNamed);
    return this.tx.run(async (manager) => {
      // (A CTE, so the driver returns the rows rather than [rows, count] as it does for a bare DELETE.)
      const deleted: unknown[] = await manager.query(
        `WITH gone AS (DELETE FROM restaurant_settings WHERE restaurant_id = $1 AND key = $2 RETURNING key) SELECT key FROM gone`,
        [restaurantId, settingKey],
      );
      if (deleted.length) await this.events.publish('restaurant.config-changed', { restaurant_id: restaurantId, key: settingKey, value: null });
      return this.settings.settingView(settingKey, null);
    });
  }

  private keyOf(key: string): RestaurantConfigKey {
    if (!isSettingKey(key)) throw KitchenException.invalidInput('key', `Unknown setting ${JSON.stringify(key)}: one of tax_rate, service_fee, acceptance_timeout_minutes, preparation_minutes`);
    return key;
  }
}
