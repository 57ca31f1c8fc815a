import { samePosition, type DeckPosition } from '../protocol/sync-messages.ts';
import type { PreviewSteps } from '../protocol/preview-messages.ts';
import { PreviewFrame } from './preview-frame.ts';

type Place = Pick<DeckPosition, 'h' | 'v' | 'f'>;

/**
 * The current slide and the next step, each the deck's own page in a frame. `show` draws a
 * position in both (a newer call wins over a slower older one); `move` steps from the speaker
 * view, one move after another so that quick presses are not lost.
 */
export class SpeakerPreviews {
  readonly current: PreviewFrame;
  readonly upcoming: PreviewFrame;
  private shown = 0;
  private moves = Promise.resolve();

  constructor(
    deckUrl: URL,
    private readonly on: {
      /** A position is to be shown: the previews are drawing it. */
      asked(position: DeckPosition): void;
      /** Both previews show the position asked for; `next` is the step after it (undefined at the end). */
      drawn(next: DeckPosition | undefined): void;
    },
  ) {
    this.current = new PreviewFrame(deckUrl, 'current slide');
    const upcomingUrl = new URL(deckUrl);
    // The next step shows the slide's drawings but not the laser pointer, which is on the current one.
    upcomingUrl.searchParams.set('upcoming', '');
    this.upcoming = new PreviewFrame(upcomingUrl, 'next step');
  }

  async show(position: DeckPosition): Promise<void> {
    const ticket = ++this.shown;
    this.on.asked(position);
    const [, next] = await Promise.all([this.current.show(position), this.upcoming.show(position, 1)]);
    if (ticket !== this.shown) return;
    this.on.drawn(samePosition(next, position) ? undefined : next);
  }

  /**
   * Moves `steps` from `from()` (read when the move's turn comes): the current preview steps (it
   * alone knows the slide's fragments), then `moved` tells the deck, and both previews follow.
   */
  move(from: () => Place, steps: PreviewSteps, moved: (position: DeckPosition) => void): void {
    this.moves = this.moves.then(async () => {
      const position = await this.current.show(from(), steps, false);
      moved(position);
      void this.show(position);
    });
  }
}
