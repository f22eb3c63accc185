import { AccountEventsRelay } from './account-events.relay';
import { AccountSockets } from './account-sockets';
import { FakeIo } from './fake-io';
import { LocalSocketIndex } from './local-sockets';
import { OrderRooms } from './order-rooms';

describe('AccountEventsRelay', () => {
  function relayWithRecorder() {
    const calls: string[] = [];
    const sockets = new AccountSockets();
    sockets.attach({
      in: (room) => ({
        emit: (event: string) => calls.push(`${room} ${event}`),
        disconnectSockets: () => {
          calls.push(`${room} disconnect`);
        },
        socketsLeave: (left: string) => {
          calls.push(`${room} leave ${left}`);
        },
      }),
    });
    const rooms = new OrderRooms({} as never);
    rooms.attach(new LocalSocketIndex(new FakeIo()));
    return { relay: new AccountEventsRelay(sockets, rooms), calls };
  }

  it.each(['suspended', 'banned'] as const)('ends every connection of a %s account, saying why first', (status) => {
    const { relay, calls } = relayWithRecorder();
    relay.statusChanged({ user_id: 'u-1', status });
    expect(calls).toEqual(['user:u-1 auth_revoked', 'user:u-1 disconnect']);
  });

  it('leaves a re-activated account connected', () => {
    const { relay, calls } = relayWithRecorder();
    relay.statusChanged({ user_id: 'u-1', status: 'active' });
    expect(calls).toEqual([]);
  });

  it('ends every connection of an erased account', () => {
    const { relay, calls } = relayWithRecorder();
    relay.deleted({ user_id: 'u-1' });
    expect(calls).toEqual(['user:u-1 auth_revoked', 'user:u-1 disconnect']);
  });

  it("takes a removed team member's sockets out of the restaurant's room, and leaves a role change alone", () => {
    const { relay, calls } = relayWithRecorder();
    const change = { restaurant_id: 'r-1', user_id: 'u-1', changed_by: 'o-1', new_account: false };
    relay.membershipChanged({ ...change, membership_role: 'manager' });
    expect(calls).toEqual([]);
    relay.membershipChanged({ ...change, membership_role: null });
    expect(calls).toEqual(['user:u-1 leave restaurant:r-1']);
  });

  it("takes a removed team member out of the order rooms they joined for that restaurant, and no other", () => {
    const io = new FakeIo();
    const sockets = new AccountSockets();
    sockets.attach(io);
    const rooms = new OrderRooms({} as never);
    rooms.attach(new LocalSocketIndex(io));
    const relay = new AccountEventsRelay(sockets, rooms);
    const member = io.connect({ user_id: 'u-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' });
    member.join(['order:o-1', 'order:o-2']);
    member.data.orders = new Map([
      ['o-1', { as: 'restaurant', restaurantId: 'r-1' }],
      ['o-2', { as: 'restaurant', restaurantId: 'r-2' }],
    ]);
    relay.membershipChanged({ restaurant_id: 'r-1', user_id: 'u-1', changed_by: 'o-1', new_account: false, membership_role: null });
    expect([member.inRoom('restaurant:r-1'), member.inRoom('order:o-1'), member.inRoom('order:o-2')]).toEqual([false, false, true]);
    expect([...member.data.orders.keys()]).toEqual(['o-2']);
  });

  it('a suspended account leaves every room, order rooms included: nothing more reaches it', () => {
    const io = new FakeIo();
    const sockets = new AccountSockets();
    sockets.attach(io);
    const relay = new AccountEventsRelay(sockets, new OrderRooms({} as never));
    const customer = io.connect({ user_id: 'c-1', role: 'customer' });
    customer.join('order:o-1');
    relay.statusChanged({ user_id: 'c-1', status: 'suspended' });
    expect(customer.heardOf('auth_revoked')).toEqual([{ code: 'FORBIDDEN', message: 'This account is suspended' }]);
    expect(customer.disconnected).toBe(true);
    io.to(['order:o-1', 'user:c-1']).emit('order_status_update', { orderId: 'o-1' });
    expect(customer.heardOf('order_status_update')).toEqual([]);
  });
});
