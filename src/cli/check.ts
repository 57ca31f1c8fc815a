import { checkLibrary } from '../library/check-library.ts';
import { formatProblem, isFatal } from '../model/deck-error.ts';
import { parseCli, runCli } from './cli-args.ts';

const USAGE = `Usage: npm run check [-- --deck <id>] [--types]

Validates every slide module, notes file and deck: ids, translations, notes, diagrams, TeX,
quotes against the source (TALK_SOURCE, default ../shared/source/interview-zh.txt), images and
their alt text, and time budgets. Prints every problem with file, slide id and reason; exits 1 if
any is an error (an over-budget deck is a warning).

  --deck <id>   report on one deck (the library is always validated)
  --types       also run the TypeScript compiler (a few seconds; npm test always does)
  -h, --help    show this help`;

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), { deck: { type: 'string' }, types: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const report = await checkLibrary(process.cwd(), { deck: values.deck, types: values.types });
  for (const problem of report.problems) console.error(formatProblem(problem));
  if (report.quotesSkipped) console.error(`[talk] quotes not checked: ${report.quotesSkipped}`);
  for (const deck of report.decks) {
    console.log(`deck ${deck.id}: ${deck.slides} slides, ${Math.round(deck.minutes * 10) / 10} of ${deck.budget} minutes`);
  }
  const errors = report.problems.filter(isFatal).length;
  const warnings = report.problems.length - errors;
  console.log(`${errors} error(s), ${warnings} warning(s) in ${Math.round(performance.now() - started)} ms`);
  return errors > 0 ? 1 : 0;
});
