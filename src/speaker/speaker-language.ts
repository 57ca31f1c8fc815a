import { sameMode, type LanguageMode } from '../model/language-mode.ts';
import type { Locale } from '../model/types.ts';
import { localeChannelName } from '../protocol/sync-messages.ts';
import { messageOfMode, modeOfMessage, setLangParam } from '../runtime/language-url.ts';

/**
 * The languages the speaker view shows, kept in step with the deck's windows over the same channel
 * and message the deck's LanguageController uses, and written into the address (`?lang=`), as the
 * deck does, so that a reload keeps them.
 */
export class SpeakerLanguage {
  private readonly channel: BroadcastChannel;

  constructor(
    deckId: string,
    private readonly offered: readonly Locale[],
    private current: LanguageMode,
    private readonly changed: (mode: LanguageMode) => void,
  ) {
    this.channel = new BroadcastChannel(localeChannelName(deckId));
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const next = modeOfMessage(event.data);
      if (next) this.set(next, false);
    };
  }

  get mode(): LanguageMode {
    return this.current;
  }

  /** Shows `next` (if the deck is given in its languages); `broadcast` tells the deck's windows too. */
  set(next: LanguageMode, broadcast: boolean): void {
    if (sameMode(next, this.current) || !this.offered.includes(next.first) || (next.second && !this.offered.includes(next.second))) return;
    this.current = next;
    if (broadcast) this.channel.postMessage(messageOfMode(next));
    const url = new URL(window.location.href);
    setLangParam(url, next);
    window.history.replaceState(null, '', url);
    this.changed(next);
  }
}
