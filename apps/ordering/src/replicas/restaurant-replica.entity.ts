import { HoursException, RestaurantStatusChanged, WeeklyHours } from '@platter/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Ordering's copy of a restaurant once approved (restaurant.approved creates it), its status kept
 * by restaurant.status-changed; orders are taken only while it is approved. Never asks catalog.
 */
@Entity({ name: 'restaurant_replicas' })
export class RestaurantReplica {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') owner_id: string;
  @Column('text') name: string;
  @Column('char', { length: 3 }) currency: string;
  @Column('text') status: RestaurantStatusChanged['status'];
  /** Menu schedules are read in it (restaurant.updated keeps it). */
  @Column('text', { default: 'Africa/Douala' }) timezone: string;
  /** Its commission rate (restaurant.approved / restaurant.updated), in basis points: orders keep the rate they were placed at. */
  @Column('integer', { default: 1500 }) commission_rate_bps: number;
  /** Its weekly hours as catalog last announced them; null = never announced (not enforced). */
  @Column('jsonb', { nullable: true }) opening_hours: WeeklyHours | null;
  @Column('jsonb', { default: () => "'[]'" }) hours_exceptions: HoursException[];
  /** occurred_at of the last restaurant.updated applied: profile and status events each keep their own order. */
  @Column('timestamptz', { nullable: true }) profile_occurred_at: Date | null;
  /** occurred_at of the event this row reflects: an older event never overwrites it. */
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
