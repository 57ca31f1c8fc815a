/**
 * How long a slide's notes take to say. Pure: it reads a notes text (Markdown, or the plain text of
 * rendered notes) and counts what a speaker reads aloud.
 *
 * Notes convention (README "Speaker notes"):
 * - a paragraph starting `Sources:` (or `来源：`) and everything after it are citations, not speech;
 * - text in square brackets, `[→]` or `【→】`, is a stage direction, not speech
 *   (a Markdown link `[text](url)` is speech: its text is kept, its address dropped).
 */

/** How fast the speaker talks. */
export interface SpeakingRates {
  /**
   * English (and any Latin-script) words a minute.
   * @default 150
   */
  readonly wordsPerMinute: number;
  /**
   * Chinese characters a minute.
   * @default 250
   */
  readonly charactersPerMinute: number;
}

/** About 150 English words or 250 Chinese characters a minute: a calm presenting pace. */
export const DEFAULT_RATES: SpeakingRates = { wordsPerMinute: 150, charactersPerMinute: 250 };

/** What is spoken in a notes text, counted. */
export interface SpeechCount {
  /** Latin-script words and numbers. */
  readonly words: number;
  /** Han characters. */
  readonly characters: number;
}

/** The start of the citations paragraph: `Sources:` in English, `来源：` in Chinese (either in either). */
const SOURCES_START = /(?:^|\n[ \t]*\n)[ \t]*(?:\*\*)?(?:Sources|来源)(?:\*\*)?[ \t]*[:：]/;

/** Splits notes into what is said and the citations paragraph (with its label), if any. */
export function splitSources(notes: string): { readonly spoken: string; readonly sources: string | undefined } {
  const match = SOURCES_START.exec(notes);
  if (!match) return { spoken: notes, sources: undefined };
  const start = match.index + match[0].length - match[0].trimStart().length;
  return { spoken: notes.slice(0, start).trimEnd(), sources: notes.slice(start).trim() };
}

/** The text a speaker reads aloud: no citations, no stage directions, no link addresses. */
export function spokenText(notes: string): string {
  return splitSources(notes)
    .spoken.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\[[^\]\n]*\]/g, ' ')
    .replace(/【[^】\n]*】/g, ' ');
}

const HAN = /\p{Script=Han}/gu;
/** A word: letters or digits, with inner apostrophes, dots, commas or hyphens (don't, 2.2, 1,474,560, H-GAP). */
const WORD = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;

/** Counts the words and Han characters of a spoken text. */
export function countSpeech(text: string): SpeechCount {
  const characters = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return { words, characters };
}

/** Seconds it takes to say the spoken part of `notes` at `rates`. */
export function speakingSeconds(notes: string, rates: SpeakingRates = DEFAULT_RATES): number {
  const { words, characters } = countSpeech(spokenText(notes));
  return (words / rates.wordsPerMinute + characters / rates.charactersPerMinute) * 60;
}

/** `m:ss`, rounded to the second: how the check and the speaker view print a time. */
export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
