import { textIn } from '../model/text.ts';
import { HTML_LANG, LOCALES, type VideoBlock } from '../model/types.ts';
import { escapeHtml } from './escape.ts';
import { renderBilingual } from './render-text.ts';

/** How to address assets. */
export interface VideoContext {
  readonly assetUrl: (src: string) => string;
}

/**
 * A muted, looping, inline video that reveal.js starts when its slide is shown and pauses when the
 * slide is left (`data-autoplay`). `data-src` lets reveal load it only near its slide, and
 * `preload="auto"` then fetches its data: reveal starts a video once it has some. The poster also
 * comes as an image per language, which print and PNG export show instead of the video. The video
 * has one label; the runtime switches it to the language shown (data-talk-alt-<locale>).
 */
export function renderVideo(block: VideoBlock, ctx: VideoContext): string {
  // The words read out instead of the picture: plain text (an attribute), like an image's alt.
  const alt = (locale: (typeof LOCALES)[number]): string => textIn(block.alt, locale) ?? '';
  const poster = escapeHtml(ctx.assetUrl(block.poster));
  const posters = LOCALES.map((locale) => `<img class="talk-video-poster talk-${locale}" lang="${HTML_LANG[locale]}" src="${poster}" alt="${escapeHtml(alt(locale))}">`).join('');
  const caption = block.caption ? `<figcaption>${renderBilingual(block.caption)}</figcaption>` : '';
  return (
    `<figure class="talk-video">` +
    `<video class="talk-video-media" data-src="${escapeHtml(ctx.assetUrl(block.src))}" poster="${poster}" data-autoplay muted loop playsinline preload="auto" ` +
    `aria-label="${escapeHtml(alt('en') || alt('zh'))}" ${LOCALES.map((locale) => `data-talk-alt-${locale}="${escapeHtml(alt(locale))}"`).join(' ')}></video>` +
    `${posters}${caption}</figure>`
  );
}
