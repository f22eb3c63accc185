import { Injectable } from '@nestjs/common';
import { Actor, RestaurantConfigKey, RestaurantSettingView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { KitchenException } from '../../../kitchen.exception';
import { RestaurantSettingRepository } from '../../restaurant-setting.repository';
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
    private readonly rows: RestaurantSettingRepository,
  ) {}

  async set(actor: Actor, key: string, value: unknown, restaurantIdNamed?: string): Promise<RestaurantSettingView> {
    const settingKey = this.keyOf(key);
    const checked = checkSetting(settingKey, value);
    if (!checked.ok) throw KitchenException.invalidInput('value', checked.message);
    const restaurantId = settingsRestaurantOf(actor, MANAGERS, restaurantIdNamed);
    return this.tx.run(async () => {
      const changed = await this.rows.set(restaurantId, settingKey, checked.value, actor.user_id);
      if (changed) await this.events.publish('restaurant.config-changed', { restaurant_id: restaurantId, key: settingKey, value: checked.value });
      return this.settings.settingView(settingKey, await this.rows.get(restaurantId, settingKey));
    });
  }

  async reset(actor: Actor, key: string, restaurantIdNamed?: string): Promise<RestaurantSettingView> {
    const settingKey = this.keyOf(key);
    const restaurantId = settingsRestaurantOf(actor, MANAGERS, restaurantIdNamed);
    return this.tx.run(async () => {
      const removed = await this.rows.remove(restaurantId, settingKey);
      if (removed) await this.events.publish('restaurant.config-changed', { restaurant_id: restaurantId, key: settingKey, value: null });
      return this.settings.settingView(settingKey, null);
    });
  }

  private keyOf(key: string): RestaurantConfigKey {
    if (!isSettingKey(key)) throw KitchenException.invalidInput('key', `Unknown setting ${JSON.stringify(key)}: one of tax_rate, service_fee, acceptance_timeout_minutes, preparation_minutes`);
    return key;
  }
}
