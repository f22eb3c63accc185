import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DeliveryStatus } from '@platter/contracts';

/** The trip that brings one delivery order from its restaurant to its customer. */
@Entity({ name: 'deliveries' })
export class Delivery {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { unique: true }) order_id: string;
  @Column('text', { nullable: true }) order_number: string | null;
  @Column('uuid') restaurant_id: string;
  @Column('uuid', { nullable: true }) customer_id: string | null;
  @Column('text') status: DeliveryStatus;
  @Column('uuid', { nullable: true }) driver_id: string | null;
  /** The code the customer gives the driver at the door (from order.created); never shown to drivers. */
  @Column('text', { nullable: true }) delivery_code: string | null;
  @Column('integer', { nullable: true }) delivery_fee: number | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('double precision', { nullable: true }) dest_lat: number | null;
  @Column('double precision', { nullable: true }) dest_lng: number | null;
  @Column('integer', { default: 0 }) wrong_code_attempts: number;
  @Column('timestamptz', { nullable: true }) available_at: Date | null;
  @Column('timestamptz', { nullable: true }) assigned_at: Date | null;
  @Column('timestamptz', { nullable: true }) picked_up_at: Date | null;
  @Column('timestamptz', { nullable: true }) in_transit_at: Date | null;
  @Column('timestamptz', { nullable: true }) delivered_at: Date | null;
  @Column('timestamptz', { nullable: true }) cancelled_at: Date | null;
  // Assignment: offers, manual assignment and the unclaimed flag.
  /** From order.created: recognises the restaurant's owner for manual assignment. */
  @Column('uuid', { nullable: true }) restaurant_owner_id: string | null;
  /** The restaurant's position (restaurant_sites) when dispatch knows it. */
  @Column('double precision', { nullable: true }) pickup_lat: number | null;
  @Column('double precision', { nullable: true }) pickup_lng: number | null;
  /** When the food should be ready (order accepted or preparing + the restaurant's preparation time): offers may start earlier. */
  @Column('timestamptz', { nullable: true }) expected_ready_at: Date | null;
  /** When dispatch heard the order is ready; until then an assignment is not announced to ordering. */
  @Column('timestamptz', { nullable: true }) order_ready_at: Date | null;
  /** The driver ordering was told holds it (delivery.status-changed): the one an `unassigned` names. */
  @Column('uuid', { nullable: true }) announced_driver_id: string | null;
  /** When dispatch started looking for a driver (again); flagged after UNCLAIMED_FLAG_SECONDS. */
  @Column('timestamptz', { nullable: true }) seeking_since: Date | null;
  /** Offers go round the eligible drivers; a driver is offered it once per round. */
  @Column('integer', { default: 0 }) offer_round: number;
  @Column('timestamptz', { nullable: true }) round_exhausted_at: Date | null;
  /** Not before: the pause after a round, the recheck when nobody was eligible, an early offer's moment. */
  @Column('timestamptz', { nullable: true }) next_offer_at: Date | null;
  @Column('timestamptz', { nullable: true }) flagged_at: Date | null;
  /** The leg the driver is on and its ETA (delivery.route-updated). */
  @Column('text', { nullable: true }) route_leg: 'to_pickup' | 'to_dropoff' | null;
  @Column('double precision', { nullable: true }) route_distance_km: number | null;
  @Column('timestamptz', { nullable: true }) route_eta_at: Date | null;
  /** When the customer should have it. */
  @Column('timestamptz', { nullable: true }) estimated_delivery_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
