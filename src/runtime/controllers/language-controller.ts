import { sameMode, switchFirst, toggleSecond, type LanguageMode } from '../../model/language-mode.ts';
import { localeChannelName } from '../../protocol/sync-messages.ts';
import { HTML_LANG, type Locale } from '../../model/types.ts';
import type { Controller, DeckContext } from '../deck-context.ts';
import { deckLocale, nextLocale } from '../params.ts';
import { messageOfMode, modeOfMessage, setLangParam } from '../language-url.ts';

const KEY_L = 76;
const KEY_D = 68;

/** Each language in its own words, for the help overlay. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };

/**
 * Shows one language, or two at once. Both languages are in the DOM (render emits `.talk-en` and
 * `.talk-zh`), so switching is a class change: the slide, the fragment step and the scroll stay.
 * With two (`?lang=zh+en`, or `D`) the stylesheet shows the second beneath the first, smaller.
 * Other windows of the same deck (the speaker view and its previews) follow through a
 * BroadcastChannel, so `L` or `D` pressed in any of them switches all.
 */
export class LanguageController implements Controller {
  private mode: LanguageMode;
  private channel: BroadcastChannel | undefined;

  constructor(
    private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'emit' | 'options'>,
    initial: Locale,
    second?: Locale,
  ) {
    // A language the deck is not given in (?lang=zh on an English deck) falls back to its first;
    // apply() then corrects the URL. Two languages at once only where the deck has both.
    const first = deckLocale(initial, ctx.deck.languages);
    const both = second && second !== first && ctx.deck.languages.includes(second);
    this.mode = both ? { first, second } : { first };
  }

  /** Whether the deck is given in more than one language (only then do `L` and `D` do anything). */
  private get switchable(): boolean {
    return (this.ctx.deck.languages?.length ?? 2) > 1;
  }

  /** The first (or only) language shown: it decides diagrams, notes and the page title. */
  locale(): Locale {
    return this.mode.first;
  }

  /** The languages shown now. */
  languages(): LanguageMode {
    return this.mode;
  }

  mount(): void {
    this.apply(this.mode);
  }

  refresh(): void {
    this.apply(this.mode);
  }

  bind(): void {
    // A one-language deck offers no switch; L is still ours (reveal.js would take it for "next slide").
    const only = this.ctx.deck.languages.map((locale) => LANGUAGE_NAMES[locale]).join(', ');
    const description = this.switchable ? 'Switch language: English / 中文' : `Language: this deck is given in ${only} only`;
    this.ctx.reveal.addKeyBinding({ keyCode: KEY_L, key: 'L', description }, () => this.toggle());
    if (this.switchable) {
      this.ctx.reveal.addKeyBinding({ keyCode: KEY_D, key: 'D', description: 'Both languages at once / one: 中文 with English beneath, or the other way' }, () =>
        this.setMode(toggleSecond(this.mode), true),
      );
    }
    // A viewer's language is their own: the audience page on the laptop must not switch the deck.
    if (typeof BroadcastChannel === 'function' && !this.ctx.options.follower) {
      this.channel = new BroadcastChannel(localeChannelName(this.ctx.deck.id));
      this.channel.onmessage = (event: MessageEvent<unknown>) => {
        const mode = modeOfMessage(event.data);
        if (mode) this.setMode(mode, false);
      };
    }
  }

  unbind(): void {
    this.channel?.close();
  }

  /** `L`: the other language (with two shown, the same two the other way round). */
  toggle(): void {
    if (this.switchable) this.setMode(switchFirst(this.mode), true);
  }

  /** Shows `locale` alone. */
  set(locale: Locale, broadcast: boolean): void {
    this.setMode({ first: locale }, broadcast);
  }

  setMode(mode: LanguageMode, broadcast: boolean): void {
    const previous = this.mode;
    const languages = this.ctx.deck.languages;
    if (sameMode(mode, previous) || !languages.includes(mode.first) || (mode.second && !languages.includes(mode.second))) return;
    this.mode = mode;
    this.apply(mode);
    if (broadcast) this.channel?.postMessage(messageOfMode(mode));
    this.ctx.emit('talk:locale-changed', { locale: mode.first, previous: previous.first, second: mode.second });
  }

  private apply(mode: LanguageMode): void {
    const root = document.documentElement;
    root.lang = HTML_LANG[mode.first];
    root.dataset.talkLocale = mode.first;
    if (mode.second) {
      root.dataset.talkSecond = mode.second;
      putFirst(mode.first, mode.second);
    } else {
      delete root.dataset.talkSecond;
    }
    document.title = this.ctx.deck.title[mode.first];
    const url = new URL(window.location.href);
    setLangParam(url, mode);
    // Keep the hash: reveal owns it, and a reload must land on the same slide in these languages.
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }
}

/**
 * Puts each text's `first` language before its `second` in the DOM: render writes English first,
 * and with both shown the first must come on top. Only texts move (a pair of sibling elements of
 * the same tag); diagrams and images show the first language alone and stay where they are.
 */
function putFirst(first: Locale, second: Locale): void {
  for (const el of document.querySelectorAll<HTMLElement>(`.talk-${first}:not(.talk-mermaid):not(img)`)) {
    const before = el.previousElementSibling;
    if (before && before.tagName === el.tagName && before.classList.contains(`talk-${second}`)) before.before(el);
  }
}
