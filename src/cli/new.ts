import { LOCALES, type Locale } from '../model/types.ts';
import { EXAMPLE_KINDS } from '../scaffold/block-examples.ts';
import { newDeck } from '../scaffold/new-deck.ts';
import { newSlide } from '../scaffold/new-slide.ts';
import { parseCli, runCli, UsageError } from './cli-args.ts';

const USAGE = `Usage: npm run new -- slide <section-id> <slide-id> [--kind <kind>] [--lang en|zh] [--new-section]
       npm run new -- deck <deck-id> [--lang en|zh] [--from <deck-id>] [--budget <minutes>]

slide  adds a slide entry to the section's module in slides/ (or starts slides/NN-<section-id>.ts)
       and writes speaker-notes/<lang>/<slide-id>.md in each language it is written in: those of
       the decks showing the section (both when none does yet), or --lang
deck   writes slides/decks/<deck-id>.ts (entries copied from --from, else the first section)

Ids are kebab-case and unique; a used id is refused and nothing is written. Replace the TODO texts,
then run npm run check.

  --kind <kind>      start the slide from an example block: ${EXAMPLE_KINDS.join(', ')}
  --lang en|zh       a deck given in one language; a slide written in one language
  --new-section      start a new section even if its id is close to an existing one
  --from <deck-id>   start the deck from another deck's entries
  --budget <min>     the deck's time budget in minutes (default 10)
  -h, --help         show this help`;

await runCli(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    'new-section': { type: 'boolean' },
    from: { type: 'string' },
    budget: { type: 'string' },
    kind: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [kind, ...ids] = positionals;
  const root = process.cwd();
  const locale = values.lang as Locale | undefined;
  if (locale !== undefined && !LOCALES.includes(locale)) throw new UsageError(`unknown --lang "${values.lang}": use ${LOCALES.join(' or ')}`);
  if (kind === 'slide') {
    if (ids.length !== 2) throw new UsageError('new slide needs a section id and a slide id');
    if (values.from !== undefined || values.budget !== undefined) throw new UsageError('--from and --budget are for new deck');
    const [sectionId = '', slideId = ''] = ids;
    if (values.kind !== undefined && !EXAMPLE_KINDS.includes(values.kind)) throw new UsageError(`no example of block kind "${values.kind}": use ${EXAMPLE_KINDS.join(', ')}`);
    const { files, locales } = await newSlide(root, sectionId, slideId, { newSection: values['new-section'], kind: values.kind, locale });
    for (const { file, created } of files) console.log(`${created ? 'created' : 'edited '} ${file}`);
    console.log(`Written in ${locales.join(' and ')}.`);
    console.log(`Slide "${slideId}" is in section "${sectionId}": decks listing that section show it; others can name it in their entries.`);
    return 0;
  }
  if (kind === 'deck') {
    if (ids.length !== 1) throw new UsageError('new deck needs one deck id');
    if (values['new-section'] || values.kind !== undefined) throw new UsageError('--new-section and --kind are for new slide');
    const budget = values.budget === undefined ? undefined : Number(values.budget);
    if (budget !== undefined && !(Number.isFinite(budget) && budget > 0)) throw new UsageError(`--budget must be a number of minutes above 0 (got "${values.budget}")`);
    const file = await newDeck(root, ids[0] ?? '', { budgetMinutes: budget, from: values.from, locale });
    console.log(`created ${file}\nPresent it with npm start -- --deck ${ids[0]} (or ?deck=${ids[0]}); check it with npm run check -- --deck ${ids[0]}.`);
    return 0;
  }
  throw new UsageError(kind === undefined ? 'say what to create: slide or deck' : `unknown kind "${kind}" (slide or deck)`);
});
