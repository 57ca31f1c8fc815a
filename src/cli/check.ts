import { checkLibrary } from '../library/check-library.ts';
import { DEFAULT_SPEAKING_OPTIONS } from '../model/check-speaking-time.ts';
import { formatProblem, isFatal } from '../model/deck-error.ts';
import { formatSeconds } from '../model/speaking-time.ts';
import { parseCli, runCli, UsageError } from './cli-args.ts';

const USAGE = `Usage: npm run check [-- --deck <id>] [--types] [--wpm <n>] [--cpm <n>]

Validates every slide module, notes file and deck: ids, translations, notes, diagrams, TeX,
quotes against the source (TALK_SOURCE, default ../shared/source/interview-zh.txt), images and
their alt text, time budgets, and whether each slide's notes can be said in its planned minutes.
Prints every problem with file, slide id and reason; exits 1 if any is an error (an over-budget
deck and notes longer than their minutes are warnings).

  --deck <id>   report on one deck (the library is always validated)
  --types       also run the TypeScript compiler (a few seconds; npm test always does)
  --wpm <n>     English words spoken a minute (default ${DEFAULT_SPEAKING_OPTIONS.wordsPerMinute})
  --cpm <n>     Chinese characters spoken a minute (default ${DEFAULT_SPEAKING_OPTIONS.charactersPerMinute})
  -h, --help    show this help`;

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    deck: { type: 'string' },
    types: { type: 'boolean' },
    wpm: { type: 'string' },
    cpm: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const speaking = {
    wordsPerMinute: rate('--wpm', values.wpm) ?? DEFAULT_SPEAKING_OPTIONS.wordsPerMinute,
    charactersPerMinute: rate('--cpm', values.cpm) ?? DEFAULT_SPEAKING_OPTIONS.charactersPerMinute,
  };
  const started = performance.now();
  const report = await checkLibrary(process.cwd(), { deck: values.deck, types: values.types, speaking });
  for (const problem of report.problems) console.error(formatProblem(problem));
  if (report.quotesSkipped) console.error(`[talk] quotes not checked: ${report.quotesSkipped}`);
  for (const deck of report.decks) {
    const names = { en: 'English', zh: 'Chinese' } as const;
    const spoken = `notes about ${Object.entries(deck.spokenSeconds).map(([locale, seconds]) => `${formatSeconds(seconds)} in ${names[locale as keyof typeof names]}`).join(', ')}`;
    console.log(`deck ${deck.id}: ${deck.slides} slides, ${Math.round(deck.minutes * 10) / 10} of ${deck.budget} minutes; ${spoken}`);
  }
  const errors = report.problems.filter(isFatal).length;
  const warnings = report.problems.length - errors;
  console.log(`${errors} error(s), ${warnings} warning(s) in ${Math.round(performance.now() - started)} ms`);
  return errors > 0 ? 1 : 0;
});

/** A speaking rate from the command line: a positive number, or a UsageError naming the flag. */
function rate(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a positive number (a minute's worth), not "${value}".`);
  return n;
}
