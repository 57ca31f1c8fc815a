/**
 * The single-file build's entry: the file is both the deck and its speaker view. The speaker view
 * is the window the deck opens by name (`talk-speaker-<deck>`, see SpeakerWindowController), so
 * it needs no other file; everything else is the deck (its previews carry ?receiver).
 */
const speaker = window.name.startsWith('talk-speaker-');
document.documentElement.dataset.talkPage = speaker ? 'speaker' : 'deck';
document.querySelector(speaker ? '.reveal' : 'main.speaker')?.remove();
if (speaker) {
  document.title = 'Speaker view';
  void import('../speaker/main.ts');
} else {
  void import('./main.ts');
}
