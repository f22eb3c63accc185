import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One setting a restaurant changed from the platform default (its own tax rate, service fee, acceptance and preparation times). */
@Entity({ name: 'restaurant_settings' })
export class RestaurantSetting {
  @PrimaryColumn('uuid') restaurant_id: string;
  @PrimaryColumn('text') key: string;
  @Column('text') value: string;
  @Column('uuid', { nullable: true }) updated_by: string | null;
  @Column('timestamptz') updated_at: Date;
}
