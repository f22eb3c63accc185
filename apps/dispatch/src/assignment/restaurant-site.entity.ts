import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Dispatch's copy of what it needs of a restaurant: where drivers pick up, who owns it, how long it cooks. */
@Entity({ name: 'restaurant_sites' })
export class RestaurantSite {
  @PrimaryColumn('uuid') restaurant_id: string;
  @Column('uuid', { nullable: true }) owner_id: string | null;
  @Column('text', { nullable: true }) name: string | null;
  @Column('double precision', { nullable: true }) lat: number | null;
  @Column('double precision', { nullable: true }) lng: number | null;
  /** Kitchen's preparation_minutes (restaurant.config-changed); null = DISPATCH_DEFAULT_PREPARATION_MINUTES. */
  @Column('integer', { nullable: true }) preparation_minutes: number | null;
  @Column('timestamptz') updated_at: Date;
}
