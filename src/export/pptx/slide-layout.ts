/**
 * What the PPTX export reads from the laid-out print view: every slide's boxes, text runs,
 * tables and pictures, in CSS pixels of its printed page. Plain data (it crosses from the page
 * to Node as JSON); the writer scales it to the 13.333 x 7.5 in slide.
 */

/** A box in CSS pixels, relative to the top left of the slide's printed page. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A stretch of text with one look. */
export interface TextRun {
  readonly text: string;
  /** A line break inside the paragraph (`<br>`, or a line of code); `text` is empty. */
  readonly lineBreak?: boolean;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Inside `<code>` (or a monospaced face). */
  readonly code: boolean;
  /** `#rrggbb` without the `#`. */
  readonly color: string;
  /** 0 (opaque) to 100 (invisible). */
  readonly transparency: number;
  /** The first family of the element's font stack, e.g. `Inter`, `Noto Sans SC`. */
  readonly font: string;
  /** The Chinese face of the element's font stack (where Chromium found its Chinese glyphs). */
  readonly cjkFont: string;
  /** Font size in CSS pixels. */
  readonly size: number;
  readonly underline: boolean;
  /** Absolute URL of the link the run is in. */
  readonly href?: string;
  /** The language of the element the run is in (`zh` is marked East Asian). */
  readonly zh: boolean;
  /** Highlight behind the run (inline code), `rrggbb`. */
  readonly highlight?: string;
}

/** One paragraph of a text box: a bullet, a line of a title, a quote. */
export interface TextParagraph {
  readonly runs: readonly TextRun[];
  readonly align: 'left' | 'center' | 'right' | 'justify';
  /** `bullet` or `number` for list items (the list's own marker). */
  readonly bullet?: 'bullet' | 'number';
  /** Distance from the box's left edge to the text, in px (the bullet hangs left of it). */
  readonly indent: number;
  /** Space above this paragraph, from the end of the previous one, in px. */
  readonly spaceBefore: number;
  /** Line height in px. */
  readonly lineHeight: number;
}

/** A text box. `role` names what it was on the slide (title, kicker, bullets, quote, code, ...). */
export interface TextItem {
  readonly kind: 'text';
  readonly role: string;
  readonly box: Box;
  readonly paragraphs: readonly TextParagraph[];
  /** Text does not wrap (code, and text that is one line on the page). */
  readonly nowrap: boolean;
}

/** A filled or bordered rectangle behind text (a quote's panel, a statement's band). */
export interface ShapeItem {
  readonly kind: 'shape';
  readonly box: Box;
  readonly fill?: string;
  readonly fillTransparency: number;
  /** A border drawn on every side. */
  readonly line?: { readonly color: string; readonly width: number };
  /** A border on the left only (a quote's bar), drawn as a thin filled rectangle. */
  readonly leftBar?: { readonly color: string; readonly width: number };
  readonly radius: number;
}

/** A table cell. */
export interface TableCell {
  readonly paragraphs: readonly TextParagraph[];
  readonly header: boolean;
  readonly fill?: string;
  /** Borders top, right, bottom, left: width in px (0 for none) and colour. */
  readonly borders: readonly { readonly width: number; readonly color: string }[];
  /** Padding top, right, bottom, left in px. */
  readonly padding: readonly number[];
  readonly valign: 'top' | 'middle' | 'bottom';
  readonly colspan: number;
  readonly rowspan: number;
}

/** A native table: rows of cells, column widths and row heights as laid out. */
export interface TableItem {
  readonly kind: 'table';
  readonly box: Box;
  readonly rows: readonly (readonly TableCell[])[];
  readonly colWidths: readonly number[];
  readonly rowHeights: readonly number[];
}

/** A picture: a diagram, drawn illustration, formula, QR code, photo or video poster. */
export interface PictureItem {
  readonly kind: 'picture';
  readonly role: 'diagram' | 'illustration' | 'formula' | 'qr' | 'image' | 'video';
  readonly box: Box;
  /** The text alternative (a formula's TeX). */
  readonly alt: string;
  /** Vector form, with text as SVG text and styles inlined, when the source is SVG. */
  readonly svg?: string;
  /** The file it shows, on the deck's server (an image, a video's poster): read by Node. */
  readonly src?: string;
  /** Video only: the video file on the deck's server. */
  readonly media?: string;
  /** Where it is in the print view's document, for its PNG (taken by Node). */
  readonly clip: Box;
}

export type SlideItem = TextItem | ShapeItem | TableItem | PictureItem;

/** One slide as laid out in the print view. */
export interface LaidOutSlide {
  readonly id: string;
  readonly title: string;
  /** The printed page's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** `rrggbb`. */
  readonly background: string;
  readonly items: readonly SlideItem[];
  /** The speaker notes as plain text, paragraphs separated by blank lines. */
  readonly notes: string;
  /** Step-by-step elements on the slide (all shown in the export). */
  readonly steps: number;
}
