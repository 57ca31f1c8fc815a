import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeckProblem } from '../model/deck-error.ts';

/**
 * The deck's own SVG pictures, ready to be written into the slide's HTML: inline, their labels
 * are drawn in the deck's fonts (an SVG shown through <img> cannot load them), switch language
 * with the rest of the slide (`class="talk-en"` / `class="talk-zh"`), take the theme's colours
 * from its custom properties, and print into the PDF as vector text that can be searched.
 */
export interface InlineSvgs {
  /** Markup of each `assets/**\/*.svg` that is safe to inline, by path below `assets/`. */
  readonly svgs: ReadonlyMap<string, string>;
  readonly problems: DeckProblem[];
}

/** What an inlined picture may not hold: it would run script or fetch from another host. */
const FORBIDDEN: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /<script\b/i, what: 'a <script> element' },
  { pattern: /<foreignObject\b/i, what: 'a <foreignObject> element' },
  { pattern: /\son[a-z]+\s*=/i, what: 'an event handler attribute (on...=)' },
  { pattern: /(?:href|src)\s*=\s*["'](?!#)[^"']*:/i, what: 'a link to another document' },
  { pattern: /url\(\s*["']?(?!#)[^)"']*:/i, what: 'a url() to another document' },
  { pattern: /\sid\s*=/i, what: 'an id (ids in an inlined picture would clash with the page\'s)' },
];

/** Reads every SVG among `assets` (paths below `root/assets/`) and checks that it can be inlined. */
export async function readInlineSvgs(root: string, assets: Iterable<string>): Promise<InlineSvgs> {
  const svgs = new Map<string, string>();
  const problems: DeckProblem[] = [];
  for (const asset of [...assets].filter((name) => name.toLowerCase().endsWith('.svg'))) {
    const file = `assets/${asset}`;
    const text = await readFile(path.join(root, 'assets', asset), 'utf8');
    const markup = svgElement(text);
    if (markup === undefined) {
      problems.push({ file, reason: 'no <svg> element found', hint: 'An SVG picture starts with <svg xmlns="http://www.w3.org/2000/svg" ...>.' });
      continue;
    }
    const bad = FORBIDDEN.filter(({ pattern }) => pattern.test(markup)).map(({ what }) => what);
    if (bad.length > 0) {
      problems.push({ file, reason: `cannot be shown inline: it holds ${bad.join(', ')}`, hint: 'Pictures are inlined into the slide; draw them with shapes and text only.' });
      continue;
    }
    const languages = ['en', 'zh'].filter((locale) => new RegExp(`class="[^"]*\\btalk-${locale}\\b`).test(markup));
    if (languages.length === 1) {
      const missing = languages[0] === 'en' ? 'zh' : 'en';
      problems.push({ file, reason: `has labels in ${languages[0]} only`, hint: `Add each label in ${missing} too, as <text class="talk-${missing}">.` });
    }
    svgs.set(asset, markup);
  }
  return { svgs, problems };
}

/** The `<svg>...</svg>` element of a file, without the XML prolog, doctype and comments around it. */
function svgElement(text: string): string | undefined {
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, '');
  const start = withoutComments.search(/<svg\b/i);
  const end = withoutComments.toLowerCase().lastIndexOf('</svg>');
  if (start < 0 || end < start) return undefined;
  return withoutComments.slice(start, end + '</svg>'.length).trim();
}
