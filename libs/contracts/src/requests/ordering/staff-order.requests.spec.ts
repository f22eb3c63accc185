import { DashboardOrdersPage, DashboardOrderView } from '../../rpc/ordering';
import {
  staffOrdersPageOf, staffOrdersQueryOf, StaffOrdersQueryRequest, staffOrderViewOf, staffPlaceOrderDataOf, StaffPlaceOrderRequest,
  updateStaffOrderStatusDataOf,
} from './staff-order.requests';

const ORDER = '0c6f4c2e-8f0a-4d5b-9e3c-2a1b0c9d8e7f';
const RESTAURANT = '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a10';
const CUSTOMER = '5b7e0c3a-2d1f-4c6b-8a9e-1f2e3d4c5b6a';
const NDOLE = '7d3c1a52-5b7e-4f0e-9a51-0c3a3f1e2b11';
const SMALL = '2b0c7a4e-3f1d-4e8a-9c5b-7d6e5f4a3b21';
const THIN = '9d1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

/** A dine-in order with two lines, as ordering answers it. */
function dashboardOrder(over: Partial<DashboardOrderView> = {}): DashboardOrderView {
  return {
    id: ORDER, order_number: 'PL-0042', restaurant_id: RESTAURANT, customer_id: CUSTOMER, status: 'accepted',
    items: [
      { menu_item_id: NDOLE, name: 'Ndolé', quantity: 2, unit_price: 2500, total_price: 5000, notes: 'table 4', variant_name: null, modifiers: [] },
      { menu_item_id: SMALL, name: 'Pizza', quantity: 1, unit_price: 3500, total_price: 3500, notes: null, variant_name: 'Petite', modifiers: ['Fine'] },
    ],
    subtotal: 8500, tax_amount: 1636, delivery_fee: 0, service_fee: 250, discount_amount: 100, coupon_code: null, loyalty_points_redeemed: 0,
    total_amount: 10_286, amount_refunded: 0, currency: 'XAF', delivery_type: 'dine_in', payment_method: 'cash', payment_status: 'completed',
    driver_id: null, payment_due_at: null, created_at: '2026-01-01T10:00:00.000Z', updated_at: '2026-01-01T10:05:00.000Z',
    staff_status: 'processing', staff_payment_status: 'paid', order_type: 'offline', source: 'staff',
    contact: { name: 'Table 4', email: null, phone: '+237699000000' }, delivered_at: null,
    ...over,
  };
}

describe('the staff order routes, translated at the edge', () => {
  it("sends a POST /orders body in ordering's vocabulary, without the client's prices and total", () => {
    const body: StaffPlaceOrderRequest = {
      customerId: CUSTOMER, orderType: 'online', deliveryType: 'delivery', deliveryAddress: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
      items: [{ productId: NDOLE, quantity: 2, variantId: SMALL, modifierIds: [THIN], notes: 'no pepper', price: 1 }],
      paymentMethod: 'campay', customer: { name: 'Awa', phone: '+237670000077' }, totalAmount: 2,
    };
    expect(staffPlaceOrderDataOf(body, 'key-1')).toEqual({
      customer_id: CUSTOMER, order_type: 'online', delivery_type: 'delivery', delivery_address: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
      items: [{ menu_item_id: NDOLE, quantity: 2, variant_id: SMALL, modifier_ids: [THIN], notes: 'no pepper' }],
      payment_method: 'campay', customer: { name: 'Awa', phone: '+237670000077' }, idempotency_key: 'key-1',
    });
  });

  it('leaves out what the client left out, and always carries the Idempotency-Key', () => {
    const data = staffPlaceOrderDataOf({ orderType: 'offline', items: [{ productId: NDOLE, quantity: 1 }] }, 'key-2');
    expect(Object.keys(data)).toEqual(['order_type', 'items', 'idempotency_key']);
    expect(Object.keys(data.items[0])).toEqual(['menu_item_id', 'quantity']);
  });

  it('names the GET /orders filters as the other order listings do', () => {
    const query = Object.assign(new StaffOrdersQueryRequest(), {
      status: 'completed', customerId: CUSTOMER, startDate: '2026-01-01', endDate: '2026-01-31', restaurantId: RESTAURANT,
    });
    expect(staffOrdersQueryOf(query)).toEqual({
      page: 1, limit: 20, status: 'completed', customer_id: CUSTOMER, from: '2026-01-01', to: '2026-01-31', restaurant_id: RESTAURANT,
    });
    expect(staffOrdersQueryOf(new StaffOrdersQueryRequest())).toEqual({ page: 1, limit: 20 });
  });

  it("sends a PATCH /orders/:orderId/status body with the path's id", () => {
    expect(updateStaffOrderStatusDataOf(ORDER, { status: 'completed', paymentStatus: 'paid', reason: 'served' })).toEqual({
      id: ORDER, status: 'completed', payment_status: 'paid', reason: 'served',
    });
    expect(updateStaffOrderStatusDataOf(ORDER, { status: 'processing' })).toEqual({ id: ORDER, status: 'processing' });
  });

  it("shows ordering's answer in camelCase: the dashboard's statuses beside ordering's, menu items as products", () => {
    expect(staffOrderViewOf(dashboardOrder())).toEqual({
      id: ORDER, orderNumber: 'PL-0042', restaurantId: RESTAURANT,
      customer: { id: CUSTOMER, name: 'Table 4', email: null, phone: '+237699000000' }, customerId: CUSTOMER,
      totalAmount: 10_286, subtotal: 8500, taxAmount: 1636, deliveryFee: 0, serviceFee: 250, discountAmount: 100, currency: 'XAF',
      status: 'processing', platterStatus: 'accepted', paymentStatus: 'paid', paymentMethod: 'cash', orderType: 'offline', deliveryType: 'dine_in', source: 'staff',
      items: [
        { productId: NDOLE, name: 'Ndolé', quantity: 2, price: 2500, totalPrice: 5000, variantName: null, modifiers: [], notes: 'table 4' },
        { productId: SMALL, name: 'Pizza', quantity: 1, price: 3500, totalPrice: 3500, variantName: 'Petite', modifiers: ['Fine'], notes: null },
      ],
      createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:05:00.000Z', deliveredAt: null,
    });
  });

  it('shows a customer only when the order names one, and the delivery code only when ordering gave it', () => {
    expect(staffOrderViewOf(dashboardOrder({ customer_id: null, contact: null })).customer).toBeNull();
    expect(staffOrderViewOf(dashboardOrder({ contact: null })).customer).toEqual({ id: CUSTOMER, name: null, email: null, phone: null });
    expect(staffOrderViewOf(dashboardOrder())).not.toHaveProperty('deliveryCode');
    const handedOver = staffOrderViewOf(dashboardOrder({ delivery_code: '4821', delivered_at: '2026-01-01T11:00:00.000Z' }));
    expect(handedOver).toMatchObject({ deliveryCode: '4821', deliveredAt: '2026-01-01T11:00:00.000Z' });
  });

  it('shows a listing with its page and its stats in camelCase', () => {
    const page: DashboardOrdersPage = {
      items: [dashboardOrder()],
      pagination: { page: 2, limit: 1, total: 3, totalPages: 3 },
      stats: {
        total_orders: 3, total_revenue: null, average_order_value: null, currency: null,
        by_currency: [
          { currency: 'EGP', total_orders: 1, total_revenue: 9000, average_order_value: 9000 },
          { currency: 'XAF', total_orders: 2, total_revenue: 13_500, average_order_value: 6750 },
        ],
      },
    };
    expect(staffOrdersPageOf(page)).toEqual({
      orders: [staffOrderViewOf(dashboardOrder())],
      pagination: { page: 2, limit: 1, total: 3, totalPages: 3 },
      stats: {
        totalOrders: 3, totalRevenue: null, averageOrderValue: null, currency: null,
        byCurrency: [
          { currency: 'EGP', totalOrders: 1, totalRevenue: 9000, averageOrderValue: 9000 },
          { currency: 'XAF', totalOrders: 2, totalRevenue: 13_500, averageOrderValue: 6750 },
        ],
      },
    });
  });
});
