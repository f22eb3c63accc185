import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A KYC document an owner uploaded; its bytes live in the document store under storage_key. */
@Entity({ name: 'restaurant_documents' })
export class RestaurantDocument {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') restaurant_id: string;
  @Column('text') kind: string;
  @Column('text') file_name: string;
  @Column('text') content_type: string;
  @Column('integer') size_bytes: number;
  @Column('text') storage_key: string;
  @Column('uuid') uploaded_by: string;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
