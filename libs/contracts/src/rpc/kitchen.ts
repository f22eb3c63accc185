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

export const TICKET_STATUSES = ['pending', 'open', 'in_progress', 'done', 'void'] as const;
/** pending: the order is not accepted yet (its lines are known); open → in_progress → done; void: cancelled. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export interface TicketLineView {
  menu_item_id: string;
  name: string;
  quantity: number;
  notes: string | null;
  variant_name: string | null;
  modifiers: string[];
}

/** A kitchen ticket (`GET /kitchen/tickets`, `PUT /kitchen/tickets/:id/start|ready`). */
export interface TicketView {
  id: string;
  order_id: string;
  order_number: string;
  restaurant_id: string;
  status: TicketStatus;
  delivery_type: string;
  lines: TicketLineView[];
  opened_at: string | null;
  started_at: string | null;
  ready_at: string | null;
  voided_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Ordering asks kitchen to move the ticket of an order (the restaurant's PUT /restaurant/orders/:id/preparing|ready). */
export interface TicketForOrderData {
  order_id: string;
}

/** `GET /kitchen/tickets`: `status`, `restaurant_id` (admins), `order_id`, `page`, `limit`. */
export interface ListTicketsData {
  restaurant_id?: string;
  order_id?: string;
  status?: TicketStatus;
  page?: number;
  limit?: number;
}

/** Per-restaurant settings kitchen keeps and announces with restaurant.config-changed. */
export const RESTAURANT_CONFIG_KEYS = ['tax_rate', 'service_fee', 'acceptance_timeout_minutes', 'preparation_minutes'] as const;
export type RestaurantConfigKey = (typeof RESTAURANT_CONFIG_KEYS)[number];

/** One setting: `value` is the effective one (the restaurant's, else the platform default). */
export interface RestaurantSettingView {
  key: RestaurantConfigKey;
  value: string;
  is_default: boolean;
  default_value: string;
  updated_at: string | null;
}

export interface RestaurantConfigView {
  restaurant_id: string;
  settings: RestaurantSettingView[];
}

/** `GET /config` (`restaurant_id` only for admins), `PUT /config/:key {value}`, `DELETE /config/:key`. */
export interface RestaurantConfigData {
  restaurant_id?: string;
  key?: string;
  value?: string | number;
}
