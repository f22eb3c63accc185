import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericAsNumber } from '../shared/numeric-column';
import { RestaurantStatus } from './restaurant-status';

/** A restaurant on the marketplace; listed publicly once an admin approved it. */
@Entity({ name: 'restaurants' })
export class Restaurant {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { unique: true }) owner_id: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') address: string;
  @Column('numeric', { precision: 10, scale: 8, nullable: true, transformer: numericAsNumber }) latitude: number | null;
  @Column('numeric', { precision: 11, scale: 8, nullable: true, transformer: numericAsNumber }) longitude: number | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('char', { length: 3 }) currency: string;
  @Column('numeric', { precision: 5, scale: 4, transformer: numericAsNumber }) commission_rate: number;
  @Column('text') status: RestaurantStatus;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
