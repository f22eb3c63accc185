import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Server } from 'socket.io';
import { AccessTokenVerifier } from '@platter/auth';
import { AccountSockets } from './account-sockets';
import { RealtimeRelay } from './realtime-relay';
import { authenticateSockets } from './socket-auth';

/** Socket.IO at the gateway's origin (path /socket.io); clients only listen, the relay speaks. */
@WebSocketGateway({ path: '/socket.io' })
export class RealtimeGateway implements OnGatewayInit<Server> {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly relay: RealtimeRelay,
    private readonly accountSockets: AccountSockets,
  ) {}

  afterInit(server: Server): void {
    server.use(authenticateSockets(this.verifier, (actor) => this.relay.roomsOf(actor)));
    this.relay.attach(server);
    this.accountSockets.attach(server);
  }
}
