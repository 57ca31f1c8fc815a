/** What a key in the speaker view asks for. */
export type SpeakerAction = 'next' | 'previous' | 'first' | 'last' | 'switch-language' | 'toggle-second' | 'timer' | 'blackout';

/** The part of a key event the speaker view reads. */
export type SpeakerKey = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

const NEXT = ['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N'];
const PREVIOUS = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'];
const LETTERS: Record<string, SpeakerAction> = { l: 'switch-language', d: 'toggle-second', t: 'timer', b: 'blackout', '.': 'blackout' };

/** The speaker view's keys: the deck's own, so a presenter clicker works in either window. */
export function speakerAction(event: SpeakerKey, onButton = false): SpeakerAction | undefined {
  const { key } = event;
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  // Space and Enter on a focused button press the button, nothing else.
  if (onButton && (key === ' ' || key === 'Enter')) return undefined;
  if (NEXT.includes(key) || (key === ' ' && !event.shiftKey)) return 'next';
  if (PREVIOUS.includes(key) || (key === ' ' && event.shiftKey)) return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  return LETTERS[key.toLowerCase()];
}
