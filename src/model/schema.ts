import * as v from 'valibot';
import { LOCALES } from './types.ts';

/*
 * The shape of slide modules and deck manifests, checked at run time: a module is plain code that
 * runs before any type check, so a wrong shape must become a message (file, slide, field, the
 * expected form), never a crash further down. The types in types.ts are tied to these schemas by
 * test/unit/schema.test.ts. Each message is the expected form; see schema-problems.ts.
 */

const list = <T extends v.GenericSchema>(item: T, what: string) => v.pipe(v.array(item, `a list of ${what}`), v.readonly());

const string = v.string('a string');
const kind = <K extends string>(name: K) => v.literal(name, `"${name}"`);
const step = v.optional(v.boolean('true or false'));

/** A text: one string, or one per language. */
export const textSchema = v.union(
  [v.string(), v.strictObject({ en: v.optional(string), zh: v.optional(string) }, 'a text: a string, or { en?, zh? } of strings')],
  'a text: a string, or { en?, zh? } of strings',
);

const localeSchema = v.picklist(LOCALES, `a language: ${LOCALES.map((l) => `'${l}'`).join(' or ')}`);

const bulletsSchema = v.strictObject({ kind: kind('bullets'), items: list(textSchema, 'texts'), steps: step });

const quoteSchema = v.strictObject({
  kind: kind('quote'),
  original: v.string('the quote as a string, copied verbatim from its source'),
  lang: v.optional(localeSchema),
  translation: v.optional(textSchema),
  speaker: textSchema,
  where: textSchema,
  step,
});

const statementSchema = v.strictObject({ kind: kind('statement'), text: textSchema, step });

const mermaidSchema = v.strictObject({ kind: kind('mermaid'), source: textSchema, labels: v.optional(v.record(v.string(), textSchema)), caption: textSchema, alt: textSchema });

const mathSchema = v.strictObject({
  kind: kind('math'),
  tex: v.string('TeX as a string'),
  display: v.optional(v.boolean('true or false')),
  caption: v.optional(textSchema),
  step,
});

const imageSchema = v.strictObject({ kind: kind('image'), src: v.string('a path below assets/, e.g. "images/x.svg"'), alt: textSchema, credit: v.optional(textSchema) });

const referenceSchema = v.strictObject({
  label: string,
  title: string,
  authors: v.optional(string),
  year: v.optional(v.number('a number')),
  url: v.string('a URL'),
  arxiv: v.optional(string),
});

const referencesSchema = v.strictObject({ kind: kind('references'), items: list(referenceSchema, 'references { label, title, url }') });

const qrSchema = v.strictObject({ kind: kind('qr'), url: v.string('a URL'), caption: textSchema });

const codeSchema = v.strictObject({
  kind: kind('code'),
  lang: v.string("a code language, e.g. 'python' ('text' for none)"),
  code: v.string('the code as a string (shown verbatim, never Markdown)'),
  highlight: v.optional(v.string("line steps as a string, e.g. '1|2-3|4'")),
  caption: v.optional(textSchema),
});

const tableSchema = v.strictObject({
  kind: kind('table'),
  header: list(textSchema, 'texts (the column headings)'),
  rows: list(list(textSchema, 'texts (one cell per column)'), 'rows (each a list of texts)'),
  caption: v.optional(textSchema),
});

const videoSchema = v.strictObject({
  kind: kind('video'),
  src: v.string('a path below assets/, e.g. "videos/clip.webm"'),
  poster: v.string('a path below assets/, e.g. "images/clip.png"'),
  alt: textSchema,
  caption: v.optional(textSchema),
});

/** Every block kind but columns (which holds blocks). */
const leafBlocks = [bulletsSchema, quoteSchema, statementSchema, mermaidSchema, mathSchema, imageSchema, referencesSchema, qrSchema, codeSchema, tableSchema, videoSchema] as const;

/** The names of the block kinds, for messages. */
export const BLOCK_KINDS: readonly string[] = [...leafBlocks.map((schema) => schema.entries.kind.literal), 'columns'];

const blockForm = `a block: { kind, ... } where kind is one of ${BLOCK_KINDS.map((k) => `'${k}'`).join(', ')}`;

// Columns hold blocks: the schema refers to itself, so its type is written out.
type BlockInput = v.InferInput<(typeof leafBlocks)[number]> | { kind: 'columns'; columns: readonly (readonly BlockInput[])[] };
type BlockOutput = v.InferOutput<(typeof leafBlocks)[number]> | { kind: 'columns'; columns: readonly (readonly BlockOutput[])[] };

const columnsSchema: v.GenericSchema<{ kind: 'columns'; columns: readonly (readonly BlockInput[])[] }, { kind: 'columns'; columns: readonly (readonly BlockOutput[])[] }> = v.strictObject({
  kind: kind('columns'),
  columns: list(
    list(
      v.lazy(() => blockSchema),
      'blocks',
    ),
    'columns (each a list of blocks)',
  ),
});

/** One block, told apart by its `kind`. */
export const blockSchema: v.GenericSchema<BlockInput, BlockOutput> = v.variant('kind', [...leafBlocks, columnsSchema as never], blockForm);

const layoutSchema = v.picklist(['default', 'title', 'section', 'center', 'split'], "a layout: 'default', 'title', 'section', 'center' or 'split'");

/** One slide. */
export const slideSchema = v.strictObject({
  id: v.string('an id in kebab-case, e.g. "my-slide"'),
  title: textSchema,
  subtitle: v.optional(textSchema),
  minutes: v.number('a number of minutes, e.g. 1.5'),
  layout: v.optional(layoutSchema),
  blocks: list(blockSchema, 'blocks'),
});

/** A section module's default export. */
export const sectionSchema = v.strictObject({
  id: v.string('an id in kebab-case'),
  title: textSchema,
  slides: list(slideSchema, 'slides'),
});

const entrySchema = v.union(
  [v.string(), v.strictObject({ section: string, slides: list(string, 'slide ids') })],
  "an entry: a section or slide id, or { section: 'id', slides: ['id', ...] }",
);

/** A deck manifest's default export. */
export const deckSchema = v.strictObject({
  id: v.string('an id in kebab-case'),
  title: textSchema,
  subtitle: v.optional(textSchema),
  author: textSchema,
  languages: v.optional(v.pipe(v.array(localeSchema, "a list of languages, e.g. ['en'] or ['en', 'zh']"), v.minLength(1, "at least one language, e.g. ['en']"), v.readonly())),
  budgetMinutes: v.number('a number of minutes'),
  entries: list(entrySchema, 'entries'),
  slides: v.optional(list(slideSchema, 'slides')),
  sections: v.optional(list(sectionSchema, 'sections')),
});
