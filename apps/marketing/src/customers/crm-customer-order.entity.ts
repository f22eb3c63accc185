import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An order already counted in its customer's totals. */
@Entity({ name: 'crm_customer_orders' })
export class CrmCustomerOrder {
  @PrimaryColumn('uuid') order_id: string;
  @Column('uuid') customer_id: string;
  @Column('integer') total_amount: number;
  @Column('timestamptz') ordered_at: Date;
}
