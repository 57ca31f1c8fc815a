import path from 'node:path';
import { build } from 'vite';
import { isKebabCase } from '../model/kebab-case.ts';
import { talkConfig } from '../vite/talk-config.ts';
import { parseCli, runCli, UsageError } from './cli-args.ts';

const USAGE = `Usage: npm run build [-- --deck <id>] [--out <dir>] [--no-notes] [--theme <name>]
       npm run build -- --single-file [--deck <id>] [--out <file.html>] [--no-notes] [--theme <name>]

Builds a static site that works from any base path (open it at / or /talks/sora/).
Every deck of the library is in it (?deck=<id>); --deck picks the one shown at the root;
decks.html lists them all.

  --deck <id>       the deck served when the URL names none (default: meetup)
  --out <path>      output folder (default: dist, or dist/<id> with --deck);
                    with --single-file the HTML file (default: dist/<id>.html)
  --no-notes        leave speaker notes out, for public sites
  --theme <name>    the theme shown when the URL names none: light (default), dark, or
                    assets/themes/<name>.css
  --single-file     one self-contained HTML file of one deck that opens from file:// offline
  --library <dir>   another library's folder (its slides/, speaker-notes/, assets/; default: here)
  -h, --help        show this help`;

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    deck: { type: 'string' },
    out: { type: 'string' },
    'no-notes': { type: 'boolean' },
    theme: { type: 'string' },
    'single-file': { type: 'boolean' },
    library: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.theme !== undefined && !isKebabCase(values.theme)) throw new UsageError(`--theme must be a kebab-case name (got "${values.theme}")`);
  const started = performance.now();
  const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
  if (values['single-file']) {
    const deck = values.deck ?? 'meetup';
    const out = values.out ?? path.join('dist', `${deck}.html`);
    if (!out.endsWith('.html')) throw new UsageError(`with --single-file, --out names an .html file (got "${out}")`);
    // Loaded only here: a site build gets the plugins through vite.config.ts, and loading them twice
    // (once through this runner) cost most of a second.
    const { buildSingleFile } = await import('../single-file/single-file.ts');
    const result = await buildSingleFile({ root: process.cwd(), deck, out, withoutNotes: values['no-notes'], theme: values.theme });
    const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
    console.log(`built ${deck} into ${path.relative(process.cwd(), result.file)} (${mb(result.bytes)} MB, fonts ${mb(result.fontBytes)} MB) in ${seconds()} s`);
    return 0;
  }
  const outDir = values.out ?? (values.deck ? path.join('dist', values.deck) : 'dist');
  await build(talkConfig({ root: values.library, deck: values.deck, withoutNotes: values['no-notes'], theme: values.theme, outDir: path.resolve(outDir), logLevel: 'warn' }));
  console.log(`built ${values.deck ?? 'meetup'} into ${outDir}/ in ${seconds()} s`);
  return 0;
});
