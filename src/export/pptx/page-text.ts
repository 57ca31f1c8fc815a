import type { TextParagraph, TextRun } from './slide-layout.ts';

/** What `installTextReader` puts on `window.__talkPptx`. */
export interface TextReader {
  /** `rgb()`/`rgba()` to `rrggbb` and a transparency 0-100; undefined when fully transparent. */
  color(css: string): { hex: string; transparency: number } | undefined;
  /** The visible inline content of `el` as runs (`pre`: whitespace kept, lines as breaks). */
  runs(el: Element, pre: boolean): TextRun[];
  /** `el` as one paragraph (a title, a statement, a caption, a cell). */
  paragraph(el: Element, pre: boolean, spaceBefore: number, indent: number): TextParagraph;
  /** Whether `el` is rendered (not display:none, not hidden by its language). */
  visible(el: Element): boolean;
}

/**
 * Runs in the print view (Playwright sends its source): installs `window.__talkPptx.text`, which
 * reads text as the page shows it, run by run, with its computed look. Only what is rendered is
 * read, so the other language's spans (display:none) are left out.
 */
export function installTextReader(): void {
  const visible = (el: Element): boolean =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;

  const color = (css: string): { hex: string; transparency: number } | undefined => {
    const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
    if (!match) return undefined;
    const alphaText = match[4];
    const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
    if (alpha <= 0.02) return undefined;
    const hex = [match[1], match[2], match[3]].map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('');
    return { hex, transparency: Math.round((1 - alpha) * 100) };
  };

  const families = (stack: string): string[] => stack.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
  const firstFamily = (stack: string): string => families(stack)[0] ?? '';
  const cjkFamily = (stack: string): string => families(stack).find((name) => /\b(SC|TC|CJK|Han|Hei|Song|Kai|YaHei|PingFang|DengXian)\b/i.test(name)) ?? 'Noto Sans SC';

  const style = (parent: Element): Omit<TextRun, 'text'> => {
    const cs = getComputedStyle(parent);
    const ink = color(cs.color) ?? { hex: '000000', transparency: 0 };
    const codeEl = parent.closest('code, kbd, samp, pre');
    const link = parent.closest('a');
    const langEl = parent.closest('[lang]');
    const lang = langEl?.getAttribute('lang') ?? document.documentElement.lang;
    const inlineCode = codeEl && !codeEl.closest('pre') ? color(getComputedStyle(codeEl).backgroundColor) : undefined;
    return {
      bold: Number(cs.fontWeight) >= 600,
      italic: cs.fontStyle !== 'normal',
      code: codeEl !== null || /mono/i.test(cs.fontFamily),
      color: ink.hex,
      transparency: ink.transparency,
      font: firstFamily(cs.fontFamily),
      cjkFont: cjkFamily(cs.fontFamily),
      size: parseFloat(cs.fontSize),
      underline: cs.textDecorationLine.includes('underline'),
      href: link?.href || undefined,
      zh: /^zh/i.test(lang),
      highlight: inlineCode?.hex,
    };
  };

  const runs = (el: Element, pre: boolean): TextRun[] => {
    const out: TextRun[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (!parent || !visible(parent)) return;
        let text = (node as Text).data;
        if (!pre) text = text.replace(/[\t\n\r ]+/g, ' ');
        const transform = getComputedStyle(parent).textTransform;
        if (transform === 'uppercase') text = text.toUpperCase();
        if (transform === 'lowercase') text = text.toLowerCase();
        if (!pre) {
          out.push({ text, ...style(parent) });
          return;
        }
        text.split('\n').forEach((line, i) => {
          if (i > 0) out.push({ text: '', lineBreak: true, ...style(parent) });
          if (line) out.push({ text: line, ...style(parent) });
        });
        return;
      }
      if (!(node instanceof Element) || !visible(node)) return;
      const tag = node.tagName.toLowerCase();
      if (tag === 'br') {
        out.push({ text: '', lineBreak: true, ...style(node) });
        return;
      }
      // Inline math becomes its TeX, so the text stays editable (a formula block is a picture).
      if (node.classList.contains('katex')) {
        const tex = node.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? node.textContent ?? '';
        out.push({ text: tex.trim(), ...style(node), italic: true });
        return;
      }
      if (['svg', 'img', 'video', 'canvas', 'script', 'style', 'aside'].includes(tag)) return;
      node.childNodes.forEach(walk);
    };
    el.childNodes.forEach(walk);
    if (pre) {
      while (out.at(-1)?.lineBreak) out.pop();
      return out;
    }
    // Collapse spaces across run boundaries as CSS does, and trim the paragraph's ends.
    const kept: TextRun[] = [];
    for (const run of out) {
      const prev = kept.at(-1);
      let text = run.text;
      if (run.lineBreak) {
        if (prev && !prev.lineBreak) kept[kept.length - 1] = { ...prev, text: prev.text.replace(/ $/, '') };
        kept.push(run);
        continue;
      }
      if ((!prev || prev.lineBreak || prev.text.endsWith(' ')) && text.startsWith(' ')) text = text.slice(1);
      if (text) kept.push({ ...run, text });
    }
    const last = kept.at(-1);
    if (last && !last.lineBreak) kept[kept.length - 1] = { ...last, text: last.text.replace(/ $/, '') };
    return kept.filter((run) => run.lineBreak || run.text !== '');
  };

  const paragraph = (el: Element, pre: boolean, spaceBefore: number, indent: number): TextParagraph => {
    const cs = getComputedStyle(el);
    const size = parseFloat(cs.fontSize);
    const align = cs.textAlign === 'center' ? 'center' : cs.textAlign === 'right' || cs.textAlign === 'end' ? 'right' : cs.textAlign === 'justify' ? 'justify' : 'left';
    return {
      runs: runs(el, pre),
      align,
      indent,
      spaceBefore,
      lineHeight: cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight),
    };
  };

  const w = window as unknown as { __talkPptx?: { text?: TextReader } };
  w.__talkPptx = { ...w.__talkPptx, text: { color, runs, paragraph, visible } };
}
