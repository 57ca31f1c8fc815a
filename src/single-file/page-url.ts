import type { KitPage } from '../runtime/page-url.ts';

/**
 * The single file's stand-in for src/runtime/page-url.ts: the deck and the speaker view are the
 * same file (its own script tells them apart by the query), so every page is this file.
 */
export function pageUrl(_page: KitPage): URL {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url;
}
