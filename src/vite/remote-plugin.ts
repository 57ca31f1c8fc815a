import type { Connect, Plugin, ViteDevServer, WebSocket, WebSocketClient } from 'vite';
import { REMOTE_ACTIONS, REMOTE_EVENTS, type RemoteCommand, type RemoteHello, type RemoteStatus } from '../protocol/remote-messages.ts';
import { isLaptop, isTrustedRemote, readCookie, REMOTE_COOKIE, secretMatches } from '../security/remote-access.ts';
import type { ResolvedTalkOptions } from './talk-options.ts';

/**
 * `talk:remote`: relays between the phone remote and the deck over the dev server's own
 * websocket (no cloud, no extra port). Only a deck on this machine (a loopback connection) may
 * post its state, and only remotes that proved the secret receive it; commands need the secret
 * too. With a secret (`npm start -- --remote` makes one per start) other machines also need it
 * for every page, since the deck module carries the speaker notes. Without one the remote works
 * only in a browser on this machine.
 */
export function remotePlugin(options: ResolvedTalkOptions): Plugin {
  return {
    name: 'talk:remote',
    apply: 'serve',
    configureServer(server) {
      const secret = options.remoteSecret;
      // Added here (not in a returned hook), so it runs before Vite's own middlewares.
      const laptop = (address: string | undefined): boolean => isLaptop(address, options.laptopAddresses);
      if (secret !== undefined) server.middlewares.use(networkGate(secret, laptop));
      relay(server, secret, laptop);
    },
  };
}

/**
 * Lets requests from other machines through only with the secret: in the query (the QR code's
 * URL), which sets a cookie, or in that cookie (the page's scripts, the deck module, the websocket).
 */
function networkGate(secret: string, isLocal: (address: string | undefined) => boolean): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (isLocal(req.socket.remoteAddress)) return next();
    const query = new URL(req.url ?? '/', 'http://remote.invalid').searchParams.get('secret');
    if (query !== null && secretMatches(query, secret)) {
      res.setHeader('Set-Cookie', `${REMOTE_COOKIE}=${encodeURIComponent(secret)}; Path=/; HttpOnly; SameSite=Strict`);
      return next();
    }
    if (query === null && secretMatches(readCookie(req.headers.cookie, REMOTE_COOKIE), secret)) return next();
    res.statusCode = 403;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(
      '[talk] Secret required: this dev server runs the phone remote (npm start -- --remote) and shows other machines nothing without its secret.\n' +
        'On the phone, scan the QR code printed in the terminal again; on the laptop, open the Local URL (localhost).\n',
    );
  };
}

/** The websocket side: state from local decks to trusted remotes, commands from trusted remotes to decks. */
function relay(server: ViteDevServer, secret: string | undefined, isLaptopAddress: (address: string | undefined) => boolean): void {
  const log = server.config.logger;
  const addresses = new WeakMap<WebSocket, string | undefined>();
  /** Remotes that proved the secret (or, without one, are on this machine): they receive the state. */
  const remotes = new Set<WebSocketClient>();
  /** Decks that posted state: they receive the commands. */
  const decks = new Set<WebSocketClient>();
  const warned = new WeakSet<WebSocketClient>();
  let last: Record<string, unknown> | undefined;

  const address = (client: WebSocketClient): string => addresses.get(client.socket) ?? 'an unknown address';
  const isLocal = (client: WebSocketClient): boolean => isLaptopAddress(addresses.get(client.socket));
  const warnOnce = (client: WebSocketClient, message: string): void => {
    if (warned.has(client)) return;
    warned.add(client);
    log.warn(message, { timestamp: true });
  };
  const why = secret === undefined ? 'the remote is off for other machines (start with --remote)' : 'wrong or missing secret';
  const refuse = (client: WebSocketClient): void => {
    const status: RemoteStatus = { secretRequired: secret !== undefined, refused: true };
    client.send(REMOTE_EVENTS.status, { ...status });
  };

  // Vite passes its raw ws server's events through server.ws.on: 'connection' comes with the
  // upgrade request, whose socket says where the client is (Vite 8, src/node/server/ws.ts).
  server.ws.on('connection', (socket, request) => {
    const from = request.socket.remoteAddress;
    addresses.set(socket, from);
    // Another machine needs the secret's cookie for the websocket too: it would otherwise hear every
    // broadcast (notes edited during the talk). Vite's own token check covers browser pages only.
    if (secret !== undefined && !isLaptopAddress(from) && !secretMatches(readCookie(request.headers.cookie, REMOTE_COOKIE), secret)) {
      socket.close(1008, 'secret required');
    }
  });
  server.ws.on('vite:client:disconnect', (_data, client) => {
    remotes.delete(client);
    decks.delete(client);
  });

  server.ws.on(REMOTE_EVENTS.state, (state: unknown, client) => {
    if (!isLocal(client)) {
      warnOnce(client, `[talk] deck state from ${address(client)} ignored: only a deck opened on this machine (the Local URL, localhost) drives the phone remote.`);
      return;
    }
    if (!state || typeof state !== 'object') return;
    decks.add(client);
    last = state as Record<string, unknown>;
    remotes.forEach((remote) => remote.send(REMOTE_EVENTS.state, last));
  });

  server.ws.on(REMOTE_EVENTS.hello, (data: Partial<RemoteHello> | undefined, client) => {
    if (!isTrustedRemote(secret, isLocal(client), data?.secret)) {
      remotes.delete(client);
      refuse(client);
      warnOnce(client, `[talk] phone remote at ${address(client)} refused: ${why}.`);
      return;
    }
    remotes.add(client);
    const status: RemoteStatus = { secretRequired: secret !== undefined, refused: false };
    client.send(REMOTE_EVENTS.status, { ...status });
    if (last) client.send(REMOTE_EVENTS.state, last);
  });

  server.ws.on(REMOTE_EVENTS.command, (data: Partial<RemoteCommand> | undefined, client) => {
    const action = REMOTE_ACTIONS.find((a) => a === data?.action);
    if (!action) return;
    if (!isTrustedRemote(secret, isLocal(client), data?.secret)) {
      refuse(client);
      log.warn(`[talk] remote command "${action}" from ${address(client)} refused: ${why}.`, { timestamp: true });
      return;
    }
    // The secret stays here: only the action goes on, and only to the decks.
    decks.forEach((deck) => deck.send(REMOTE_EVENTS.command, { action }));
  });
}
