import { Logger, OnModuleInit } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AccessTokenVerifier } from '@platter/auth';
import { GatewayConfig } from '../gateway.config';
import { AccountSockets } from './account-sockets';
import { DriverLocations } from './driver-locations';
import { LocalSocketIndex, RelaySocket } from './local-sockets';
import { Ack, OrderRooms } from './order-rooms';
import { RealtimeMetrics } from './realtime-metrics';
import { RealtimeRelay } from './realtime-relay';
import { RealtimeSocketData } from './rooms';
import { authenticateSockets } from './socket-auth';
import { SocketReplay } from './socket-replay';

type AckFn = (answer: Ack<unknown>) => void;

/** Socket.IO passes the ack callback last; a client may send no payload at all. */
function argsOf(args: unknown[]): { data: unknown; ack: AckFn | null } {
  const last = args[args.length - 1];
  const ack = typeof last === 'function' ? (last as AckFn) : null;
  return { data: ack ? (args.length > 1 ? args[0] : undefined) : args[0], ack };
}

/**
 * Socket.IO at the gateway's origin (path /socket.io). The relay speaks; clients say little:
 * `join` / `leave` {orderId} for an order's room (acked `{ok, state?}` or `{ok: false, error}`),
 * and drivers `driver_location` {lat, lng, heading?, speed?, accuracy?}. A message without an ack
 * that is refused gets an `error` event `{event, code, message}` instead.
 */
@WebSocketGateway({ path: '/socket.io' })
export class RealtimeGateway implements OnGatewayInit<Server>, OnGatewayConnection<Socket>, OnGatewayDisconnect<Socket>, OnModuleInit {
  private readonly log = new Logger(RealtimeGateway.name);
  private replayOnConnect = true;

  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly relay: RealtimeRelay,
    private readonly accountSockets: AccountSockets,
    private readonly orderRooms: OrderRooms,
    private readonly locations: DriverLocations,
    private readonly replay: SocketReplay,
    private readonly metrics: RealtimeMetrics,
    private readonly config: GatewayConfig,
  ) {}

  onModuleInit(): void {
    this.replayOnConnect = this.config.REALTIME_REPLAY_ON_CONNECT;
  }

  afterInit(server: Server): void {
    server.use(authenticateSockets(this.verifier, (actor) => this.relay.roomsOf(actor)));
    const index = new LocalSocketIndex(server);
    this.relay.attach(server, index);
    this.accountSockets.attach(server);
    this.orderRooms.attach(index);
  }

  handleConnection(socket: Socket): void {
    const connectedAt = Date.now();
    const data = socket.data as RealtimeSocketData;
    const actor = data.actor;
    if (!actor) return void socket.disconnect(true);
    this.metrics.socketOpened(actor.role);
    const relaySocket = socket as unknown as RelaySocket;
    socket.on('join', (...args: unknown[]) => {
      const { data: body, ack } = argsOf(args);
      void this.orderRooms.join(relaySocket, body).then(
        (answer) => this.answer(socket, 'join', answer, ack),
        (err: unknown) => this.answer(socket, 'join', { ok: false, error: { code: 'INTERNAL_ERROR', message: (err as Error).message } }, ack),
      );
    });
    socket.on('leave', (...args: unknown[]) => {
      const { data: body, ack } = argsOf(args);
      this.answer(socket, 'leave', this.orderRooms.leave(relaySocket, body), ack);
    });
    socket.on('driver_location', (...args: unknown[]) => {
      const { data: body, ack } = argsOf(args);
      this.answer(socket, 'driver_location', this.locations.handle(socket as unknown as Parameters<DriverLocations['handle']>[0], body), ack);
    });
    if (this.replayOnConnect) {
      this.replay.onConnect(socket, actor, connectedAt).catch((err: unknown) => this.log.warn(`replay failed: ${(err as Error).message}`));
    }
  }

  handleDisconnect(socket: Socket): void {
    const actor = (socket.data as RealtimeSocketData).actor;
    if (actor) this.metrics.socketClosed(actor.role);
  }

  private answer(socket: Socket, event: string, answer: Ack<unknown>, ack: AckFn | null): void {
    if (ack) return ack(answer);
    if (!answer.ok) socket.emit('error', { event, ...answer.error });
  }
}
