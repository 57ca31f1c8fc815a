import type { ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { isLaptop, readCookie, REMOTE_COOKIE, secretMatches } from '../security/remote-access.ts';
import type { ResolvedTalkOptions } from './talk-options.ts';
import { AUDIENCE_EVENTS, AUDIENCE_INFO_PATH, AUDIENCE_PAGE_PATH, AUDIENCE_SOCKET_PATH, audienceStateOf, MAX_RELAY_BYTES, relayOf } from '../protocol/audience-messages.ts';
import { REMOTE_EVENTS } from '../protocol/remote-messages.ts';
import { buildAudience, type AudienceBuild } from './audience-build.ts';
import { contentDirOf } from './content-dirs.ts';
import { AudienceRelay } from './audience-relay.ts';

/** Quiet time after the last edit before the audience page is built again. */
const REBUILD_DELAY_MS = 300;

/** What the audience plugin shares (Vite's plugin `api`): tests and the benchmark use it. */
export interface AudienceApi {
  /** The viewers' relay, once the server is configured with --audience. */
  relay(): AudienceRelay | undefined;
  /** Settles when the audience page is built and served. */
  ready(): Promise<void>;
}

/** The audience page's URL on the network (or on this machine when there is no network). */
export function audienceUrl(server: ViteDevServer): string | undefined {
  const base = server.resolvedUrls?.network[0] ?? server.resolvedUrls?.local[0];
  return base ? new URL(AUDIENCE_PAGE_PATH.slice(1), base).href : undefined;
}

/**
 * `talk:audience` (`npm start -- --audience`): every listener's phone follows the talk. Other
 * machines get the audience page (a notes-free build, under /audience/) and its websocket, and
 * nothing else: the deck, the speaker view and Vite's websocket stay the laptop's (or, with
 * --remote, need the remote's secret as before). The deck on the laptop posts its position as it
 * does for the remote; the relay sends viewers the slide and step only.
 */
export function audiencePlugin(options: ResolvedTalkOptions): Plugin {
  let relay: AudienceRelay | undefined;
  let ready: Promise<void> = Promise.resolve();
  const api: AudienceApi = { relay: () => relay, ready: () => ready };
  return {
    name: 'talk:audience',
    apply: 'serve',
    api,
    configureServer(server) {
      if (!options.audience) return;
      const laptop = (address: string | undefined): boolean => isLaptop(address, options.laptopAddresses);
      const live = new AudienceRelay();
      relay = live;
      const failed = (error: unknown): void => server.config.logger.error(`[talk] the audience page did not build: ${error instanceof Error ? error.message : String(error)}`);
      let page = buildAudience(server.config.root, options);
      ready = page.then(() => undefined);
      // A failed build is reported once, by the server's logger; the page then answers 503.
      page.catch(failed);
      // A slide or an asset edited: the page is built again (notes play no part in it), then every
      // viewer loads it. A build that fails leaves the last good page in place.
      let builds = 0;
      const rebuild = debounce(() => {
        const build = ++builds;
        const next = buildAudience(server.config.root, options);
        ready = next.then(
          async (built) => {
            // A later edit's build is on its way: this one is already out of date.
            if (build !== builds) return built.remove();
            const previous = page;
            page = next;
            live.reload();
            await previous.then((old) => old.remove(), () => undefined);
          },
          failed,
        );
      }, REBUILD_DELAY_MS);
      const edited = (file: string): void => {
        const dir = contentDirOf(options.root, file);
        if (dir === 'slides' || dir === 'assets') rebuild();
      };
      server.watcher.on('change', edited).on('add', edited).on('unlink', edited);

      // Added here (not in a returned hook), so it runs before Vite's own middlewares and the remote's gate.
      server.middlewares.use(gate(server, options, laptop, () => page));
      server.httpServer?.on('upgrade', (request, socket, head) => {
        if (new URL(request.url ?? '/', 'http://audience.invalid').pathname === AUDIENCE_SOCKET_PATH) live.handleUpgrade(request, socket, head);
      });
      server.httpServer?.on('close', () => {
        live.close();
        rebuild.cancel();
        void page.then((built) => built.remove(), () => undefined);
      });

      const addresses = new WeakMap<object, string | undefined>();
      server.ws.on('connection', (socket, request) => {
        const from = request.socket.remoteAddress;
        addresses.set(socket, from);
        // Without the remote's secret, Vite's websocket is the laptop's alone (its broadcasts carry notes edits).
        if (options.remoteSecret === undefined && !laptop(from)) socket.close(1008, 'audience only');
      });
      const fromLaptop = (client: { socket: object }): boolean => laptop(addresses.get(client.socket));
      server.ws.on(REMOTE_EVENTS.state, (posted: unknown, client) => {
        const state = fromLaptop(client) ? audienceStateOf(posted) : undefined;
        if (state) live.publish(state);
      });
      server.ws.on(AUDIENCE_EVENTS.relay, (posted: unknown, client) => {
        const message = fromLaptop(client) ? relayOf(posted) : undefined;
        if (message && JSON.stringify(message.data ?? null).length <= MAX_RELAY_BYTES) live.relay(message);
      });
    },
  };
}

/** Serves the audience page to anyone, its address to the laptop, and refuses other machines everything else. */
function gate(server: ViteDevServer, options: ResolvedTalkOptions, laptop: (address: string | undefined) => boolean, page: () => Promise<AudienceBuild>): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://audience.invalid');
    const local = laptop(req.socket.remoteAddress);
    if (url.pathname === AUDIENCE_PAGE_PATH.slice(0, -1)) return redirect(res, AUDIENCE_PAGE_PATH + url.search);
    if (url.pathname.startsWith(AUDIENCE_PAGE_PATH)) {
      void serveAudience(res, page(), decodeURIComponent(url.pathname.slice(AUDIENCE_PAGE_PATH.length))).catch(next);
      return;
    }
    if (url.pathname === AUDIENCE_INFO_PATH) {
      if (!local) return refuse(res);
      void info(server).then((body) => send(res, 200, 'application/json; charset=utf-8', body), next);
      return;
    }
    if (local) return next();
    // With --remote, a phone with the secret still gets every page: the remote's own gate decides.
    const secret = options.remoteSecret;
    if (secret !== undefined && (url.searchParams.has('secret') || secretMatches(readCookie(req.headers.cookie, REMOTE_COOKIE), secret))) return next();
    // Someone typing the bare address lands on the audience page.
    if (url.pathname === '/') return redirect(res, AUDIENCE_PAGE_PATH);
    return refuse(res);
  };
}

async function serveAudience(res: ServerResponse, page: Promise<AudienceBuild>, relative: string): Promise<void> {
  const built = await page.catch(() => undefined);
  if (!built) return send(res, 503, 'text/plain; charset=utf-8', '[talk] the audience page did not build: see the terminal running npm start.\n');
  const file = await built.read(relative);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
  // Hashed asset names never change; the page itself may (a restart rebuilds it).
  res.setHeader('Cache-Control', relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  send(res, 200, file.type, file.body);
}

async function info(server: ViteDevServer): Promise<string> {
  const url = audienceUrl(server) ?? '';
  const svg = url ? await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : '';
  return JSON.stringify({ url, svg });
}

/** `run` once calls stop coming for `ms` (an editor saving several files at once builds once). */
function debounce(run: () => void, ms: number): (() => void) & { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const call = (): void => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  return Object.assign(call, { cancel: () => clearTimeout(timer) });
}

function refuse(res: ServerResponse): void {
  send(
    res,
    403,
    'text/plain; charset=utf-8',
    `[talk] This dev server shows other machines the audience page only: open ${AUDIENCE_PAGE_PATH} on it.\n` +
      'On the laptop, open the Local URL (localhost).\n',
  );
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.end();
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  if (status !== 200) res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}
