import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Ordering's copy of a restaurant's settings (kitchen's restaurant.config-changed), one row per
 * restaurant and key, e.g. tax_rate ("19.25", percent), service_fee ("500", minor units),
 * acceptance_timeout_minutes, preparation_minutes. A null value means "back to the platform default".
 * Read them with `restaurantSettings()` (restaurant-settings.ts).
 */
@Entity({ name: 'restaurant_config_replicas' })
export class RestaurantConfigReplica {
  @PrimaryColumn('uuid') restaurant_id: string;
  @PrimaryColumn('text') key: string;
  @Column('text', { nullable: true }) value: string | null;
  /** occurred_at of the event this row reflects: an older event never overwrites it. */
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
