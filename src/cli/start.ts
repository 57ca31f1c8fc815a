import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { createServer, type ViteDevServer } from 'vite';
import { audienceUrl, type AudienceApi } from '../vite/audience-plugin.ts';
import { talkConfig } from '../vite/talk-config.ts';
import { parseCli, runCli, UsageError } from './cli-args.ts';

const USAGE = `Usage: npm start [-- --deck <id>] [--port <n>] [--host] [--remote] [--audience]

Serves the deck with live reload at http://localhost:5173/ (the next free port if taken).
Keys: arrows/space, O overview, S speaker view, F fullscreen, B blackout, L language, G go to,
R rehearsal, ? help.

  --deck <id>    deck served at / (default: meetup; any deck also at /?deck=<id>)
  --port <n>     port to listen on (default: 5173)
  --host         listen on every interface, not only this machine
  --remote       also serve on the LAN and print a URL and QR code for the phone remote
                 (with a secret made for this start; same as npm run remote)
  --audience     also serve the audience follow-along page on the LAN and print its URL and a
                 QR code (Q on the deck shows it too); other machines get that page only
  -h, --help     show this help`;

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    deck: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'boolean' },
    remote: { type: 'boolean' },
    audience: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 5173 : Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port must be a number from 1 to 65535 (got "${values.port}")`);
  // The remote's commands must carry this secret: another attendee on the network cannot guess it.
  const secret = values.remote ? randomBytes(12).toString('base64url') : undefined;
  const server = await createServer(
    talkConfig({
      deck: values.deck,
      remoteSecret: secret,
      audience: values.audience ?? false,
      server: { port, host: values.host || values.remote || values.audience ? true : 'localhost' },
    }),
  );
  // Ctrl-C ends the process the ordinary way, so that what it built for the audience is removed.
  process.once('SIGINT', () => process.exit(130));
  await server.listen();
  server.printUrls();
  if (secret) await printRemote(server.resolvedUrls?.network[0], secret);
  if (values.audience) await printAudience(server);
  server.bindCLIShortcuts({ print: true });
  return 0;
});

/** Prints the audience page's LAN URL and its QR code, once the page is built. */
async function printAudience(server: ViteDevServer): Promise<void> {
  const api = server.config.plugins.find((plugin) => plugin.name === 'talk:audience')?.api as AudienceApi | undefined;
  await api?.ready();
  const url = audienceUrl(server);
  if (!server.resolvedUrls?.network[0] || !url) {
    console.warn('[talk] no network address found: the audience page needs this machine on a network (Wi-Fi or cable).');
    return;
  }
  console.log(`\n  Audience: ${url}\n`);
  console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
}

/** Prints the phone remote's LAN URL and its QR code. */
async function printRemote(networkUrl: string | undefined, secret: string): Promise<void> {
  if (!networkUrl) {
    console.warn('[talk] no network address found: the phone remote needs this machine on a network (Wi-Fi or cable).');
    return;
  }
  const url = new URL(`remote.html?secret=${secret}`, networkUrl).href;
  console.log(`\n  Phone remote (same network): ${url}\n`);
  console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
}
