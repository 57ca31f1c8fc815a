import path from 'node:path';
import type { DeckProblem } from '../model/deck-error.ts';
import { readThemes } from './read-themes.ts';

// url(...) and @import "..." that name another host (http:, https: or protocol-relative //).
const REMOTE = /(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi;

/**
 * Themes the build takes (assets/themes/<name>.css, read as the build reads them) that load
 * something from another host. The deck's policy refuses it when presenting (the theme silently
 * falls back) and the export fails on it: say so before.
 */
export async function checkThemes(root: string): Promise<DeckProblem[]> {
  const problems: DeckProblem[] = [];
  for (const [name, css] of Object.entries(await readThemes(path.join(root, 'assets', 'themes')))) {
    css.split('\n').forEach((text, i) => {
      for (const match of text.matchAll(REMOTE)) {
        problems.push({
          file: `assets/themes/${name}.css`,
          line: i + 1,
          reason: `loads ${match[1]} from another host; the deck serves everything itself, so presenting refuses it and export fails`,
          hint: "leave the rule out, or use what the deck serves itself (its fonts: font-family: Inter, 'Noto Sans SC')",
        });
      }
    });
  }
  return problems;
}
