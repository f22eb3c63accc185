import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Ordering's copy of an approved restaurant (from restaurant.approved); never asks catalog. */
@Entity({ name: 'restaurant_replicas' })
export class RestaurantReplica {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') owner_id: string;
  @Column('text') name: string;
  @Column('char', { length: 3 }) currency: string;
  @Column('text') status: 'approved';
  /** occurred_at of the event this row reflects: an older event never overwrites it. */
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
