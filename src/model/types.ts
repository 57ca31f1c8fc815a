/** The two languages of every talk. */
export const LOCALES = ['en', 'zh'] as const;

/** A language of the talk. Use "lang" only where an HTML attribute requires it. */
export type Locale = (typeof LOCALES)[number];

/** Something in both languages, e.g. a rendered deck's title or the notes of a slide. */
export type Bilingual<T = string> = { readonly en: T; readonly zh: T };

/**
 * Text the audience sees: one string (the same in every language: names, numbers, code) or one
 * per language. Which languages must be there depends on the decks that show it (`npm run check`).
 * Every text may use inline Markdown: **bold**, *italic*, `code`, [a link](https://...), $x^2$.
 */
export type Text = string | { readonly en?: string; readonly zh?: string };

/** The BCP 47 tag written into `lang` attributes for each locale. */
export const HTML_LANG: Bilingual = { en: 'en', zh: 'zh-Hans' };

/** A bullet list; `steps: true` reveals one item per step (reveal.js fragments). */
export interface BulletsBlock {
  readonly kind: 'bullets';
  readonly items: readonly Text[];
  readonly steps?: boolean;
}

/**
 * A quote: `original` is copied character for character from its source, in its own language
 * (`lang`, default zh); `translation` is ours, shown in the deck's other language and marked as
 * a translation. A quote whose `where` names the interview's publication (《知识分子》) is checked
 * against the interview, verbatim; any other quote is not.
 */
export interface QuoteBlock {
  readonly kind: 'quote';
  readonly original: string;
  /** The original's language. @default 'zh' */
  readonly lang?: Locale;
  readonly translation?: Text;
  readonly speaker: Text;
  readonly where: Text;
  readonly step?: boolean;
}

/** One large sentence that carries the slide. */
export interface StatementBlock {
  readonly kind: 'statement';
  readonly text: Text;
  readonly step?: boolean;
}

/**
 * A Mermaid diagram, its structure written once: each `{{key}}` in `source` takes the label
 * `labels[key]` of the language shown (see diagram-source.ts). A source per language
 * (`source: { en, zh }`) still works.
 */
export interface MermaidBlock {
  readonly kind: 'mermaid';
  readonly source: Text;
  /** The labels of the diagram by placeholder name, e.g. `{ start: { en: 'Start', zh: '开始' } }`. */
  readonly labels?: Readonly<Record<string, Text>>;
  readonly caption: Text;
  /** What a screen reader says instead of the picture. */
  readonly alt: Text;
}

/** A formula in TeX, rendered by KaTeX at build time. */
export interface MathBlock {
  readonly kind: 'math';
  readonly tex: string;
  readonly display?: boolean;
  readonly caption?: Text;
  readonly step?: boolean;
}

/** An image from `assets/`. */
export interface ImageBlock {
  readonly kind: 'image';
  /** Path below `assets/`, e.g. `images/diagram.svg`. */
  readonly src: string;
  readonly alt: Text;
  readonly credit?: Text;
}

/** Blocks side by side. */
export interface ColumnsBlock {
  readonly kind: 'columns';
  readonly columns: readonly (readonly Block[])[];
}

/** One cited work. */
export interface Reference {
  /** The label used in the source, e.g. `[2]`. */
  readonly label: string;
  readonly title: string;
  readonly authors?: string;
  readonly year?: number;
  readonly url: string;
  readonly arxiv?: string;
}

/** A list of cited works. */
export interface ReferencesBlock {
  readonly kind: 'references';
  readonly items: readonly Reference[];
}

/** A QR code that opens `url` on a phone. */
export interface QrCodeBlock {
  readonly kind: 'qr';
  readonly url: string;
  readonly caption: Text;
}

/**
 * Source code, highlighted at build time. `highlight: '1|2-3|4'` steps through line ranges (1-based,
 * `|` between steps): the first range is lit at first, each step lights the next and dims the rest.
 */
export interface CodeBlock {
  readonly kind: 'code';
  /** A language Shiki knows: `python`, `ts`, `bash`, ... (`text` for none). */
  readonly lang: string;
  readonly code: string;
  readonly highlight?: string;
  readonly caption?: Text;
}

/** A table: a header row and body rows of the same length. */
export interface TableBlock {
  readonly kind: 'table';
  readonly header: readonly Text[];
  readonly rows: readonly (readonly Text[])[];
  readonly caption?: Text;
}

/**
 * A video from `assets/`, played muted and looping while its slide is shown; `poster` (also below
 * `assets/`) stands in for it in print, PNG export and the speaker view's previews.
 */
export interface VideoBlock {
  readonly kind: 'video';
  /** Path below `assets/`, e.g. `videos/clip.webm`. */
  readonly src: string;
  /** Path below `assets/`, e.g. `images/clip.png`. */
  readonly poster: string;
  readonly alt: Text;
  readonly caption?: Text;
}

/** Everything a slide can hold. */
export type Block =
  | BulletsBlock
  | QuoteBlock
  | StatementBlock
  | MermaidBlock
  | MathBlock
  | ImageBlock
  | ColumnsBlock
  | ReferencesBlock
  | QrCodeBlock
  | CodeBlock
  | TableBlock
  | VideoBlock;

/** The names of the block kinds. */
export type BlockKind = Block['kind'];

/** How a slide is laid out; `split` puts the slide's images on the right, the rest on the left. */
export type SlideLayout = 'default' | 'title' | 'section' | 'center' | 'split';

/** One slide. Its id is stable kebab-case, unique across the library, and names its notes files. */
export interface Slide {
  readonly id: string;
  readonly title: Text;
  readonly subtitle?: Text;
  /** Minutes the speaker plans to spend on it. */
  readonly minutes: number;
  readonly layout?: SlideLayout;
  readonly blocks: readonly Block[];
}

/** A part of the talk: a titled, ordered group of slides. */
export interface Section {
  readonly id: string;
  readonly title: Text;
  readonly slides: readonly Slide[];
}

/** A deck entry: a whole section, or a section's title with a chosen list of slide ids. */
export type DeckEntry = string | { readonly section: string; readonly slides: readonly string[] };

/** A deck: the remixable unit. It orders sections and slides of the library by id. */
export interface Deck {
  readonly id: string;
  readonly title: Text;
  readonly subtitle?: Text;
  readonly author: Text;
  /**
   * The languages the deck is given in: every slide it shows needs these, and only these.
   * @default ['en', 'zh']
   */
  readonly languages?: readonly Locale[];
  /** The time the speaker has, in minutes. */
  readonly budgetMinutes: number;
  readonly entries: readonly DeckEntry[];
  /** Slides that only this deck has; entries may name them. */
  readonly slides?: readonly Slide[];
  /** Sections that only this deck has; entries may name them. */
  readonly sections?: readonly Section[];
}
