/**
 * Characters every font subset keeps whatever the decks say: printable ASCII (the page's own
 * controls, and what a speaker may type) and the punctuation and arrows our interface and a quick
 * edit may bring, Latin and Chinese. The site build and the single file both use this list.
 */
export const ALWAYS_KEPT: readonly string[] = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'“”‘’–—…·•→←↑↓⇄×、。，：；！？（）《》「」',
];
