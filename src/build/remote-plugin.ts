import type { Plugin } from 'vite';
import { REMOTE_ACTIONS, REMOTE_EVENTS, type RemoteCommand, type RemoteStatus } from '../runtime/remote-messages.ts';
import type { ResolvedTalkOptions } from './talk-options.ts';

/**
 * `talk:remote`: relays between the phone remote and the deck over the dev server's own
 * websocket (no cloud, no extra port). The deck posts its state, which every remote receives;
 * a remote's command reaches the deck only with the shared secret, when one is set
 * (`npm start -- --remote` makes one per start).
 */
export function remotePlugin(options: ResolvedTalkOptions): Plugin {
  return {
    name: 'talk:remote',
    apply: 'serve',
    configureServer(server) {
      const secret = options.remoteSecret;
      let last: unknown;
      server.ws.on(REMOTE_EVENTS.state, (state: unknown) => {
        last = state;
        server.ws.send(REMOTE_EVENTS.state, state as Record<string, unknown>);
      });
      server.ws.on(REMOTE_EVENTS.hello, (_data: unknown, client) => {
        const status: RemoteStatus = { secretRequired: secret !== undefined };
        client.send(REMOTE_EVENTS.status, { ...status });
        if (last) client.send(REMOTE_EVENTS.state, last as Record<string, unknown>);
      });
      server.ws.on(REMOTE_EVENTS.command, (data: Partial<RemoteCommand> | undefined, client) => {
        const action = REMOTE_ACTIONS.find((a) => a === data?.action);
        if (!action) return;
        if (secret !== undefined && data?.secret !== secret) {
          const status: RemoteStatus = { secretRequired: true, refused: true };
          client.send(REMOTE_EVENTS.status, { ...status });
          server.config.logger.warn(`[talk] remote command "${action}" refused: wrong or missing secret`, { timestamp: true });
          return;
        }
        // The secret stays here: every page receives what is sent on.
        server.ws.send(REMOTE_EVENTS.command, { action });
      });
    },
  };
}
