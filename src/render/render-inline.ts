import katex from 'katex';
import MarkdownIt from 'markdown-it';
import type { StateInline, Token } from 'markdown-it';
import { escapeHtml } from './escape.ts';

/** Link targets a slide may have: the web, mail, and paths relative to the deck. */
const SAFE_LINK = /^(?:https?:|mailto:|[^:]*$)/i;

/** Whether `url` may be a link on a slide (http(s), mailto or relative; never javascript: and the like). */
export function isSafeLink(url: string): boolean {
  // Browsers ignore tabs, newlines and leading controls in a scheme: strip them as they would.
  return SAFE_LINK.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/**
 * `$…$` as one inline token. Pandoc's rule keeps prices apart ("$5 and $10"): the opening `$` is
 * not followed by a space, the closing one not preceded by one nor followed by a digit.
 */
function mathRule(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== 0x24 /* $ */ || pos + 1 >= posMax || /\s/.test(src[pos + 1] ?? '')) return false;
  let end = pos + 1;
  while (end < posMax) {
    end = src.indexOf('$', end);
    if (end < 0 || end >= posMax) return false;
    if (src[end - 1] === '\\') {
      end += 1;
      continue;
    }
    break;
  }
  if (/\s/.test(src[end - 1] ?? '') || /[0-9]/.test(src[end + 1] ?? '')) return false;
  if (!silent) {
    const token = state.push('talk_math', 'math', 0);
    token.content = src.slice(pos + 1, end);
  }
  state.pos = end + 1;
  return true;
}

/** Inline Markdown without raw HTML; `$…$` as KaTeX. */
function createInline(validateLink: (url: string) => boolean): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  // What is written is what is shown: `&amp;` stays as typed, and no picture is fetched from a text.
  md.disable(['entity', 'image']);
  md.validateLink = validateLink;
  md.renderer.rules['text'] = (tokens, idx) => escapeHtml(tokens[idx]?.content ?? '');
  md.inline.ruler.before('escape', 'talk_math', mathRule);
  md.renderer.rules['talk_math'] = (tokens, idx) => renderInlineMath(tokens[idx]?.content ?? '');
  // Links on a slide open outside the deck: the deck's own window stays on stage.
  md.renderer.rules['link_open'] = (tokens, idx, options, _env, self) => {
    tokens[idx]?.attrSet('target', '_blank');
    tokens[idx]?.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

const inline = createInline(isSafeLink);
// Sees every link, refused or not, so that the check can name the ones it refuses.
const scanner = createInline(() => true);

function renderInlineMath(tex: string): string {
  try {
    return katex.renderToString(tex, { displayMode: false, throwOnError: true, output: 'htmlAndMathml', strict: 'error' });
  } catch (error) {
    // The check and the build refuse a bad formula first (inlineProblems); this only keeps a
    // page that is rendered anyway readable.
    const message = error instanceof Error ? error.message : String(error);
    return `<span class="talk-error" title="${inline.utils.escapeHtml(message)}">${inline.utils.escapeHtml(`$${tex}$`)}</span>`;
  }
}

/**
 * One text's inline Markdown as plain text, for where a title is shown without markup (the browser
 * tab, the speaker view and the remote, PDF bookmarks, the deck list, the go-to-slide search):
 * emphasis and link marks dropped, code and `$…$` kept as typed, line breaks as spaces.
 */
export function inlineText(text: string): string {
  const tokens = inline.parseInline(text, {})[0]?.children ?? [];
  return tokens
    .map((token) => {
      if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
      return ['text', 'text_special', 'code_inline', 'talk_math'].includes(token.type) ? token.content : '';
    })
    .join('');
}

/** One text's inline Markdown (bold, italic, code, links, $math$) to HTML; everything else escaped. */
export function renderInline(text: string): string {
  return inline.renderInline(text);
}

/** What is wrong with a text's inline Markdown: formulas KaTeX refuses, links to refused schemes. */
export function inlineProblems(text: string): string[] {
  if (!/[$\]]/.test(text)) return [];
  const problems: string[] = [];
  const visit = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'talk_math') {
        try {
          katex.renderToString(token.content, { displayMode: false, throwOnError: true, strict: 'error' });
        } catch (error) {
          const message = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
          problems.push(`KaTeX in $${token.content}$: ${message}`);
        }
      }
      if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '');
        if (!isSafeLink(href)) problems.push(`link to "${href}" refused: only http(s), mailto and relative links`);
      }
      if (token.children) visit(token.children);
    }
  };
  visit(scanner.parseInline(text, {}));
  return problems;
}
