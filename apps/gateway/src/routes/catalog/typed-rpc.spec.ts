import { DeliveryQuote, MenuItemView, ProductView, RestaurantView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';

/**
 * The typecheck is the test: each `@ts-expect-error` line must fail to compile (tsc reports an
 * unused directive otherwise). A catalog pattern takes only its own request and answers only its own result.
 */
function typedCalls(rpc: RpcClient): Array<Promise<unknown>> {
  const item: Promise<MenuItemView> = rpc.call(RPC.catalog.createItem, { actor: null, data: { name: 'Ndolé', price: 3500 } });
  // @ts-expect-error a menu item has a price
  const withoutPrice = rpc.call(RPC.catalog.createItem, { actor: null, data: { name: 'Ndolé' } });
  // @ts-expect-error a price is an integer of minor units, not text
  const textPrice = rpc.call(RPC.catalog.updateItem, { actor: null, data: { id: 'i', price: '3500' } });
  // @ts-expect-error rejecting a restaurant says why
  const rejectWithoutReason = rpc.call(RPC.catalog.rejectRestaurant, { actor: null, data: { id: 'r' } });
  // @ts-expect-error a plan is one of the known plans
  const goldPlan = rpc.call(RPC.catalog.changeSubscriptionPlan, { actor: null, data: { plan: 'gold' } });
  // @ts-expect-error catalog speaks the menu's vocabulary: /products' camelCase is the gateway's to translate
  const camelCase = rpc.call(RPC.catalog.createProduct, { actor: null, data: { name: 'Poulet DG', price: 4500, stockQuantity: 3 } });
  // @ts-expect-error a listed item is not the /products view: the gateway translates it
  const notAProduct: Promise<ProductView> = rpc.call(RPC.catalog.getProduct, { actor: null, data: { id: 'p' } });
  // @ts-expect-error a delivery quote answers a quote, not a restaurant
  const wrongResult: Promise<RestaurantView> = rpc.call(RPC.catalog.deliveryQuote, { actor: null, data: { id: 'r', lat: 4.05, lng: 9.7 } });
  const quote: Promise<DeliveryQuote> = rpc.call(RPC.catalog.deliveryQuote, { actor: null, data: { id: 'r', lat: 4.05, lng: 9.7 } });
  return [item, withoutPrice, textPrice, rejectWithoutReason, goldPlan, camelCase, notAProduct, wrongResult, quote];
}

describe('catalog RPC typing', () => {
  it('is checked at compile time (the calls above are never made)', () => {
    expect(typeof typedCalls).toBe('function');
  });
});
