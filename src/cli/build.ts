import path from 'node:path';
import { build } from 'vite';
import { parseCli, runCli } from './cli-args.ts';

const USAGE = `Usage: npm run build [-- --deck <id>] [--out <dir>] [--no-notes]

Builds a static site that works from any base path (open it at / or /talks/sora/).
Every deck of the library is in it (?deck=<id>); --deck picks the one shown at the root.

  --deck <id>    the deck served when the URL names none (default: meetup)
  --out <dir>    output folder (default: dist, or dist/<id> with --deck)
  --no-notes     leave speaker notes out, for public sites
  -h, --help     show this help`;

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    deck: { type: 'string' },
    out: { type: 'string' },
    'no-notes': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = values.out ?? (values.deck ? path.join('dist', values.deck) : 'dist');
  process.env.TALK_DECK = values.deck ?? '';
  process.env.TALK_NO_NOTES = values['no-notes'] ? '1' : '';
  process.env.TALK_OUT_DIR = outDir;
  const started = performance.now();
  await build({ logLevel: 'warn' });
  console.log(`built ${values.deck ?? 'meetup'} into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
});
