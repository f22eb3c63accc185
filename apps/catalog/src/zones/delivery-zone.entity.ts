import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LngLat, ZoneKind } from '@platter/contracts';

/** An area a restaurant delivers to, with the fee, minimum order and time that apply inside it. */
@Entity({ name: 'delivery_zones' })
export class DeliveryZone {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') name: string;
  @Column('text') kind: ZoneKind;
  /** Radius zones only: the restaurant's coordinates when the zone was saved. */
  @Column('double precision', { nullable: true }) center_lat: number | null;
  @Column('double precision', { nullable: true }) center_lng: number | null;
  @Column('double precision', { nullable: true }) radius_km: number | null;
  /** Polygon zones only: [[lng, lat], ...], closed or implicitly closed. */
  @Column('jsonb', { nullable: true }) polygon: LngLat[] | null;
  /** Minor units of the restaurant's currency. */
  @Column('integer') delivery_fee: number;
  @Column('integer') minimum_order: number;
  @Column('integer') estimated_minutes: number;
  @Column('boolean') is_active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
