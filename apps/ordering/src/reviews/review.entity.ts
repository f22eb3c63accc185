import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer's review of their order, or a guest's feedback on theirs: one per order. */
@Entity({ name: 'reviews' })
export class Review {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') order_id: string;
  @Column('uuid') restaurant_id: string;
  @Column('uuid', { nullable: true }) customer_id: string | null;
  @Column('text') source: 'customer' | 'guest';
  @Column('uuid', { nullable: true }) driver_id: string | null;
  @Column('smallint') rating: number;
  @Column('smallint', { nullable: true }) driver_rating: number | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('timestamptz') created_at: Date;
}
