/** A menu item as the kitchen line sees it (`GET /kitchen/items`). */
export interface KitchenItemView {
  id: string;
  name: string;
  is_available: boolean;
  /** On a change: what was asked of catalog; `is_available` follows once catalog has applied it. */
  requested_available?: boolean;
}
/** `PUT /kitchen/items/:id/availability`. */
export interface KitchenItemAvailabilityData {
  available: boolean;
}
