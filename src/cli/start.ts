import { createServer } from 'vite';
import { parseCli, runCli, UsageError } from './cli-args.ts';

const USAGE = `Usage: npm start [-- --deck <id>] [--port <n>] [--host]

Serves the deck with live reload at http://localhost:5173/ (the next free port if taken).
Keys: arrows/space, O overview, S speaker view, F fullscreen, B blackout, L language, ? help.

  --deck <id>    deck served at / (default: meetup; any deck also at /?deck=<id>)
  --port <n>     port to listen on (default: 5173)
  --host         listen on every interface, not only this machine
  -h, --help     show this help`;

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    deck: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 5173 : Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port must be a number from 1 to 65535 (got "${values.port}")`);
  process.env.TALK_DECK = values.deck ?? '';
  const server = await createServer({ server: { port, host: values.host ? true : 'localhost' } });
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
  return 0;
});
