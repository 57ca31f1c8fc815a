/** The two languages of every talk. */
export const LOCALES = ['en', 'zh'] as const;

/** A language of the talk. Use "lang" only where an HTML attribute requires it. */
export type Locale = (typeof LOCALES)[number];

/** Text the audience sees, in both languages: leaving one out is a type error. */
export type Bilingual<T = string> = { readonly en: T; readonly zh: T };

/** The BCP 47 tag written into `lang` attributes for each locale. */
export const HTML_LANG: Bilingual = { en: 'en', zh: 'zh-Hans' };

/** A bullet list; `steps: true` reveals one item per step (reveal.js fragments). */
export interface BulletsBlock {
  readonly kind: 'bullets';
  readonly items: readonly Bilingual[];
  readonly steps?: boolean;
}

/**
 * A quote of the interview: `original` is copied character for character from the source,
 * `translation` is ours and is marked as a translation on the slide.
 */
export interface QuoteBlock {
  readonly kind: 'quote';
  readonly original: string;
  readonly translation: string;
  readonly speaker: Bilingual;
  readonly where: Bilingual;
  readonly step?: boolean;
}

/** One large sentence that carries the slide. */
export interface StatementBlock {
  readonly kind: 'statement';
  readonly text: Bilingual;
  readonly step?: boolean;
}

/**
 * A Mermaid diagram, its structure written once: each `{{key}}` in `source` takes the label
 * `labels[key]` of the language shown (see diagram-source.ts). One full source per language
 * (`source: { en, zh }`) still works.
 */
export interface MermaidBlock {
  readonly kind: 'mermaid';
  readonly source: string | Bilingual;
  /** The labels of the diagram by placeholder name, e.g. `{ start: { en: 'Start', zh: '开始' } }`. */
  readonly labels?: Readonly<Record<string, Bilingual>>;
  readonly caption: Bilingual;
  /** What a screen reader says instead of the picture. */
  readonly alt: Bilingual;
}

/** A formula in TeX, rendered by KaTeX at build time. */
export interface MathBlock {
  readonly kind: 'math';
  readonly tex: string;
  readonly display?: boolean;
  readonly caption?: Bilingual;
  readonly step?: boolean;
}

/** An image from `assets/`. */
export interface ImageBlock {
  readonly kind: 'image';
  /** Path below `assets/`, e.g. `images/diagram.svg`. */
  readonly src: string;
  readonly alt: Bilingual;
  readonly credit?: Bilingual;
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
  readonly caption: Bilingual;
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
  | QrCodeBlock;

/** The names of the block kinds. */
export type BlockKind = Block['kind'];

/** How a slide is laid out. */
export type SlideLayout = 'default' | 'title' | 'section' | 'center';

/** One slide. Its id is stable kebab-case, unique across the library, and names its notes files. */
export interface Slide {
  readonly id: string;
  readonly title: Bilingual;
  readonly subtitle?: Bilingual;
  /** Minutes the speaker plans to spend on it. */
  readonly minutes: number;
  readonly layout?: SlideLayout;
  readonly blocks: readonly Block[];
}

/** A part of the talk: a titled, ordered group of slides. */
export interface Section {
  readonly id: string;
  readonly title: Bilingual;
  readonly slides: readonly Slide[];
}

/** A deck entry: a whole section, or a section's title with a chosen list of slide ids. */
export type DeckEntry = string | { readonly section: string; readonly slides: readonly string[] };

/** A deck: the remixable unit. It orders sections and slides of the library by id. */
export interface Deck {
  readonly id: string;
  readonly title: Bilingual;
  readonly subtitle?: Bilingual;
  readonly author: Bilingual;
  /** The time the speaker has, in minutes. */
  readonly budgetMinutes: number;
  readonly entries: readonly DeckEntry[];
  /** Slides that only this deck has; entries may name them. */
  readonly slides?: readonly Slide[];
  /** Sections that only this deck has; entries may name them. */
  readonly sections?: readonly Section[];
}
