import { AccountEventsRelay } from './account-events.relay';
import { AccountSockets } from './account-sockets';

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
    return { relay: new AccountEventsRelay(sockets), calls };
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
});
