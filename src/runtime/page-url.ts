/** The kit's pages: the deck (index.html) and its speaker view (speaker.html). */
export type KitPage = 'deck' | 'speaker';

/**
 * The URL of one of the kit's pages, next to the current one (so any sub-path works), without
 * the current query and hash. The single-file build swaps this module for
 * src/single-file/page-url.ts, where both pages are the file itself.
 */
export function pageUrl(page: KitPage): URL {
  const url = new URL(page === 'speaker' ? 'speaker.html' : 'index.html', window.location.href);
  url.search = '';
  url.hash = '';
  return url;
}
