import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LngLat, ZoneKind } from '@platter/contracts';

/** Ordering's copy of a delivery zone (from delivery-zone.changed): delivery orders are checked and charged by it. */
@Entity({ name: 'delivery_zone_replicas' })
export class DeliveryZoneReplica {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') name: string;
  @Column('text') kind: ZoneKind;
  @Column('double precision', { nullable: true }) center_lat: number | null;
  @Column('double precision', { nullable: true }) center_lng: number | null;
  @Column('double precision', { nullable: true }) radius_km: number | null;
  /** [[lng, lat], ...] */
  @Column('jsonb', { nullable: true }) polygon: LngLat[] | null;
  @Column('integer') delivery_fee: number;
  @Column('integer') minimum_order: number;
  @Column('integer') estimated_minutes: number;
  @Column('boolean') is_active: boolean;
  @Column('boolean') deleted: boolean;
  /** occurred_at of the event this row reflects: an older event never overwrites it. */
  @Column('timestamptz') source_occurred_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
