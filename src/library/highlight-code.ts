import type { HighlighterCore } from '@shikijs/core';
import { languageAliasNames, languageNames } from '@shikijs/langs';
import type { CodeToken, HighlightCode } from '../render/render-code.ts';

/** Shiki's themes for the deck's light and dark themes; both colours travel as CSS variables. */
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Languages that are shown as plain text (Shiki's own names for "no grammar"). */
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext']);

const KNOWN = new Set<string>([...languageNames, ...languageAliasNames, ...PLAIN]);

/** Whether Shiki has a grammar for `lang` (or it is plain text). */
export function isCodeLanguage(lang: string): boolean {
  return KNOWN.has(lang);
}

let shared: Promise<HighlighterCore> | undefined;

/**
 * A highlighter for the code of a library, at build time: Shiki with its JavaScript regular
 * expression engine (no WebAssembly to load), and only the grammars `langs` names (each a
 * dynamic import of `@shikijs/langs/<lang>`), so a deck without code loads none. Unknown languages
 * are skipped here; the validation reports them. The browser receives coloured HTML only.
 */
export async function createCodeHighlighter(langs: Iterable<string>): Promise<HighlightCode> {
  shared ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([import('@shikijs/core'), import('@shikijs/engine-javascript')]);
    return createHighlighterCore({
      themes: [import('@shikijs/themes/github-light-default'), import('@shikijs/themes/github-dark-default')],
      langs: [],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  const highlighter = await shared;
  const loaded = new Set(highlighter.getLoadedLanguages());
  const missing = [...new Set(langs)].filter((lang) => KNOWN.has(lang) && !PLAIN.has(lang) && !loaded.has(lang));
  // Node resolves each grammar's module from the package's exports map (not a glob for Vite to expand).
  const grammar = (lang: string) => import(/* @vite-ignore */ `@shikijs/langs/${lang}`).then((m: { default: never }) => m.default);
  if (missing.length > 0) await highlighter.loadLanguage(...(await Promise.all(missing.map(grammar))));
  return (code, lang) => {
    if (PLAIN.has(lang) || !highlighter.getLoadedLanguages().includes(lang)) return code.split('\n').map((text) => [{ text, style: '' }]);
    const { tokens } = highlighter.codeToTokens(code, { lang, themes: THEMES, defaultColor: false });
    return tokens.map((line) => line.map((token): CodeToken => ({ text: token.content, style: styleOf(token.htmlStyle) })));
  };
}

/** Shiki's per-token style (CSS variables for both themes, font style) as a style attribute. */
function styleOf(style: Record<string, string> | undefined): string {
  if (!style) return '';
  return Object.entries(style)
    .filter(([key, value]) => /^[-a-z]+$/.test(key) && /^[#\w .,%()-]+$/.test(value))
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
}
