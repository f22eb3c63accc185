import { Column, Entity, PrimaryColumn } from 'typeorm';

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

/** A delivery offered to one driver until expires_at. At most one open offer per delivery and per driver. */
@Entity({ name: 'delivery_offers' })
export class DeliveryOffer {
  @PrimaryColumn('uuid') offer_id: string;
  @Column('uuid') delivery_id: string;
  @Column('uuid') driver_id: string;
  @Column('integer') round: number;
  @Column('text') status: OfferStatus;
  /** The driver's distance to the pickup when offered. */
  @Column('double precision', { nullable: true }) distance_km: number | null;
  @Column('timestamptz') created_at: Date;
  @Column('timestamptz') expires_at: Date;
  @Column('timestamptz', { nullable: true }) closed_at: Date | null;
}
