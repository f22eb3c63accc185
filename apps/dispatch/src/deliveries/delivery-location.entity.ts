import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One point of a delivery's trail: where its driver was while working on it. */
@Entity({ name: 'delivery_locations' })
export class DeliveryLocation {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid') delivery_id: string;
  @Column('uuid') driver_id: string;
  @Column('double precision') lat: number;
  @Column('double precision') lng: number;
  @Column('double precision', { nullable: true }) heading: number | null;
  @Column('double precision', { nullable: true }) speed: number | null;
  @Column('timestamptz') recorded_at: Date;
}
