import path from 'node:path';

/** What a user may pass to the talk plugin. */
export interface TalkOptions {
  /**
   * The project root holding slides/, speaker-notes/ and assets/.
   * @default process.cwd()
   */
  root?: string;
  /**
   * The deck served when the URL names none.
   * @default 'meetup'
   */
  deck?: string;
  /**
   * Leave speaker notes out of the output, for public sites.
   * @default false
   */
  withoutNotes?: boolean;
  /**
   * Shared secret the phone remote must prove to see the deck's state and send commands (dev
   * server only); other machines also need it for every page.
   * @default undefined (the remote then works only in a browser on this machine)
   */
  remoteSecret?: string;
  /**
   * The theme shown when the URL names none (`?theme=` still wins): light, dark, or the name of
   * a style sheet in assets/themes/.
   * @default 'light'
   */
  theme?: string;
  /**
   * The addresses the dev server treats as this machine, the laptop: their decks may post state
   * to the remote and the audience, and they need no secret. Tests name 127.0.0.1 alone, so that
   * a client bound to 127.0.0.2 stands for a phone.
   * @default loopback (127.0.0.0/8 and ::1)
   */
  laptopAddresses?: readonly string[];
  /**
   * Serve the audience follow-along page (`/audience/`) and its relay to the network
   * (`npm start -- --audience`); other machines get that page and nothing else.
   * @default false
   */
  audience?: boolean;
}

/** TalkOptions with every default filled in. */
export interface ResolvedTalkOptions {
  readonly root: string;
  readonly deck: string;
  readonly withoutNotes: boolean;
  readonly remoteSecret: string | undefined;
  readonly theme: string;
  /** Undefined: loopback. */
  readonly laptopAddresses: readonly string[] | undefined;
  readonly audience: boolean;
}

/** Fills in the defaults. */
export function resolveTalkOptions(options: TalkOptions = {}): ResolvedTalkOptions {
  return {
    root: path.resolve(options.root ?? process.cwd()),
    deck: options.deck ?? 'meetup',
    withoutNotes: options.withoutNotes ?? false,
    remoteSecret: options.remoteSecret || undefined,
    theme: options.theme || 'light',
    laptopAddresses: options.laptopAddresses,
    audience: options.audience ?? false,
  };
}
