import { Injectable } from '@nestjs/common';
import { RestaurantConfigKey } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RestaurantSetting } from './restaurant-setting.entity';

/** The restaurant_settings table (the settings a restaurant changed from the defaults), in the caller's transaction. */
@Injectable()
export class RestaurantSettingRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Every setting the restaurant has its own value for. */
  ofRestaurant(restaurantId: string): Promise<RestaurantSetting[]> {
    return this.tx.repository(RestaurantSetting).findBy({ restaurant_id: restaurantId });
  }

  /** The restaurant's own row for the key (one that exists). */
  get(restaurantId: string, key: RestaurantConfigKey): Promise<RestaurantSetting> {
    return this.tx.repository(RestaurantSetting).findOneByOrFail({ restaurant_id: restaurantId, key });
  }

  /**
   * Writes the value (by `updatedBy`); false when the restaurant already had that value, which is
   * then left untouched. The upsert's row lock orders concurrent changes of one key.
   */
  async set(restaurantId: string, key: RestaurantConfigKey, value: string, updatedBy: string): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(RestaurantSetting)
      .values({ restaurant_id: restaurantId, key, value, updated_by: updatedBy, updated_at: () => 'now()' })
      .orUpdate(['value', 'updated_by', 'updated_at'], ['restaurant_id', 'key'], { overwriteCondition: { where: 'restaurant_settings.value IS DISTINCT FROM EXCLUDED.value' } })
      .returning(['key'])
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  /** Removes the restaurant's own value (back to the default); false when it had none. */
  async remove(restaurantId: string, key: RestaurantConfigKey): Promise<boolean> {
    const result = await this.tx.repository(RestaurantSetting).delete({ restaurant_id: restaurantId, key });
    return (result.affected ?? 0) > 0;
  }
}
