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
});
