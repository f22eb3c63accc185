import { RestaurantDocumentView } from '@platter/contracts';
import { RestaurantDocument } from './restaurant-document.entity';

export function toDocumentView(d: RestaurantDocument): RestaurantDocumentView {
  return {
    id: d.id,
    restaurant_id: d.restaurant_id,
    kind: d.kind,
    file_name: d.file_name,
    content_type: d.content_type,
    size_bytes: d.size_bytes,
    created_at: d.created_at.toISOString(),
  };
}
