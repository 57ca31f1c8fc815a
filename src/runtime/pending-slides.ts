import type { DeckRest } from '../render/rendered-deck.ts';

/**
 * The placeholders of a deck's module: a later slide's own `<section>` tag, no content, marked
 * with this attribute (src/library/deck-modules.ts). Its HTML comes in the deck's rest module.
 */
const PENDING = 'data-talk-pending';

/** A slide as reveal.js's hash names it: by index (`#/3`, `#/3/0/2`) or by id (`#/intro`, `#/intro/2`). */
export type HashTarget = { readonly index: number } | { readonly id: string };

/** The slide `hash` names, read as reveal.js reads it (its location.js, getIndicesFromHash); no hash is index 0. */
export function hashTarget(hash: string): HashTarget {
  const name = hash.replace(/^#\/?/, '');
  const first = name.split('/')[0] ?? '';
  if (name.length === 0 || /^[0-9]*$/.test(first)) return { index: Number.parseInt(first, 10) || 0 };
  // A named slide may carry a fragment step after it (#/intro/2); any other slash is part of the name.
  const id = /\/[-\d]+$/.test(name) ? first : name;
  try {
    return { id: decodeURIComponent(id) };
  } catch {
    return { id };
  }
}

/** Whether any slide below `slides` is a placeholder still. */
export function hasPending(slides: HTMLElement): boolean {
  return slides.querySelector(`section[${PENDING}]`) !== null;
}

/**
 * Whether the slide `hash` names may be a placeholder: reveal.js would open on an empty slide. An
 * index past the end opens the last slide. An id found nowhere yet may be inside a later slide
 * (reveal.js also opens the slide around an element's id): taken as pending.
 */
export function namesPendingSlide(slides: HTMLElement, hash: string): boolean {
  const target = hashTarget(hash);
  const sections = [...slides.querySelectorAll<HTMLElement>(':scope > section')];
  if ('index' in target) return sections[Math.min(target.index, sections.length - 1)]?.hasAttribute(PENDING) ?? false;
  const named = slides.ownerDocument.getElementById(target.id)?.closest('.slides > section');
  return named ? named.hasAttribute(PENDING) : true;
}

/**
 * Puts each placeholder's slide from `rest` in its place, in the state reveal.js gave the
 * placeholder; returns how many. One parse for all of them: the rest of a long deck is most of its HTML.
 */
export function fillPending(slides: HTMLElement, rest: DeckRest): number {
  const pending = [...slides.querySelectorAll<HTMLElement>(`section[${PENDING}]`)].filter((section) => rest[section.dataset.talkSlide ?? ''] !== undefined);
  if (pending.length === 0) return 0;
  const template = document.createElement('template');
  template.innerHTML = pending.map((section) => rest[section.dataset.talkSlide ?? '']).join('');
  // Its children, not ":scope > section": a fragment is no element, so :scope matches nothing there.
  const whole = new Map([...template.content.children].filter((el): el is HTMLElement => el instanceof HTMLElement).map((section) => [section.dataset.talkSlide, section]));
  let filled = 0;
  for (const section of pending) {
    const next = whole.get(section.dataset.talkSlide);
    if (!next) continue;
    // reveal.js's state of the placeholder goes with it (past/future class, inline display:none):
    // the layouts' own display (flex, grid) would otherwise lay out every slide put in, fetching its fonts.
    for (const { name, value } of section.attributes) if (name !== PENDING) next.setAttribute(name, value);
    section.replaceWith(next);
    filled++;
  }
  return filled;
}
