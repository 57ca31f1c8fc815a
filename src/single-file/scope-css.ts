/**
 * Confines a style sheet to `scope` (e.g. `html[data-talk-page="speaker"]`): `:root` and `html`
 * become the scope, every other selector is placed below it; `@media`/`@supports` blocks are
 * scoped inside, other at-rules kept as they are. Enough for our own flat style sheets.
 */
export function scopeCss(css: string, scope: string): string {
  return scopeBlock(css.replace(/\/\*[\s\S]*?\*\//g, ''), scope);
}

function scopeBlock(css: string, scope: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) {
      out += css.slice(i);
      break;
    }
    const prelude = css.slice(i, open).trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (/^@(media|supports|layer)\b/.test(prelude)) out += `${prelude}{${scopeBlock(body, scope)}}\n`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body}}\n`;
    else out += `${prelude.split(',').map((s) => scopeSelector(s.trim(), scope)).join(',')}{${body}}\n`;
    i = close + 1;
  }
  return out;
}

function scopeSelector(selector: string, scope: string): string {
  if (selector === ':root' || selector === 'html') return scope;
  if (selector.startsWith('html ')) return `${scope} ${selector.slice(5)}`;
  if (selector.startsWith(':root ')) return `${scope} ${selector.slice(6)}`;
  return `${scope} ${selector}`;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let j = open; j < css.length; j++) {
    if (css[j] === '{') depth++;
    else if (css[j] === '}' && --depth === 0) return j;
  }
  return css.length;
}
