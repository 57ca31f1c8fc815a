import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ExportError } from './export-error.ts';

/** A page of the served deck, with every request to another host blocked and recorded. */
export interface DeckPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly url: string;
  /** Requests to other hosts that were blocked: any makes the export fail. */
  readonly foreignRequests: string[];
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
}

/** Where and how to open the deck. */
export interface OpenOptions {
  readonly baseUrl: string;
  readonly query: Record<string, string | true>;
  readonly hash?: string;
  readonly viewport: { width: number; height: number };
  readonly scale?: number;
  /** Put in the page's localStorage before the deck starts (the drawings of --annotations). */
  readonly storage?: Record<string, string>;
  /** Set on `<html>` once the document is parsed (print.css keys its rules on them). */
  readonly dataset?: Record<string, string>;
}

/** Opens the deck at `baseUrl` with `query` in a fresh context that allows only the local server. */
export async function openDeckPage(browser: Browser, options: OpenOptions): Promise<DeckPage> {
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: options.scale ?? 1 });
  const origin = new URL(options.baseUrl).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // The deck's own policy (CSP) refuses other hosts before any request is made: those refusals
  // count as foreign requests too, or a theme's web font would silently print in a fallback font.
  await context.exposeBinding('__talkRefused', (_source, blocked: string) => void foreignRequests.push(blocked));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      if (/^https?:/.test(event.blockedURI)) void (window as unknown as { __talkRefused(url: string): Promise<void> }).__talkRefused(event.blockedURI);
    });
  });
  if (options.storage) {
    await context.addInitScript((items: Record<string, string>) => {
      try {
        for (const [key, value] of Object.entries(items)) window.localStorage.setItem(key, value);
      } catch {
        // about:blank and other opaque origins have no storage; the deck's page has.
      }
    }, options.storage);
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const search = Object.entries(options.query)
    .map(([key, value]) => (value === true ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`))
    .join('&');
  const url = `${options.baseUrl}?${search}${options.hash ? `#${options.hash}` : ''}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (options.dataset) await page.evaluate((dataset) => Object.assign(document.documentElement.dataset, dataset), options.dataset);
  return { page, context, url, foreignRequests, pageErrors };
}

/**
 * Waits for `html[data-deck-ready="true"]` (fonts loaded, diagrams drawn, transitions ended). On
 * timeout the message names the slide and what was still pending, never a bare "timeout".
 */
export async function waitDeckReady(deck: DeckPage, timeoutMs: number, slide?: string): Promise<void> {
  try {
    await deck.page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', undefined, { timeout: timeoutMs, polling: 'raf' });
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
    const pending = await deck.page.evaluate(pendingWork).catch(() => ({ slide: undefined, reasons: ['the page stopped answering'] }));
    const where = slide ?? pending.slide;
    const on = where ? ` on slide "${where}"` : '';
    throw new ExportError(
      `[talk] export timed out after ${Math.round(timeoutMs / 1000)}s${on} (${deck.url}): ${pending.reasons.join('; ')}` +
        `${deck.pageErrors.length ? `\n       page errors: ${deck.pageErrors.join(' | ')}` : ''}`,
    );
  }
}

/**
 * Fails when a diagram failed to draw or was left blank (in print view: anywhere; otherwise: on
 * the slide shown), or when the page tried to reach another host.
 */
export async function assertDeckHealthy(deck: DeckPage): Promise<void> {
  const broken = await deck.page.$$eval('.talk-mermaid[data-talk-rendered="error"]', (els) =>
    els.map((el) => `slide "${el.closest('section')?.id ?? '?'}": ${el.getAttribute('title') ?? 'Mermaid failed'}`),
  );
  if (broken.length > 0) throw new ExportError(`[talk] ${broken.length} diagram(s) failed to draw (${deck.url}):\n       ${broken.join('\n       ')}`);
  const blank = await deck.page.evaluate(() => {
    const print = document.documentElement.classList.contains('reveal-print');
    const locale = document.documentElement.dataset.talkLocale ?? 'en';
    const scope = print ? '.reveal .slides' : '.reveal .slides section.present';
    return [...document.querySelectorAll<HTMLElement>(`${scope} .talk-mermaid.talk-${locale}`)]
      .filter((el) => el.dataset.talkRendered !== 'true' || !el.querySelector('svg'))
      .map((el) => el.closest('section')?.id ?? '?');
  });
  if (blank.length > 0) {
    throw new ExportError(`[talk] ${blank.length} diagram(s) would print blank (${deck.url}), on slide(s) ${[...new Set(blank)].map((id) => `"${id}"`).join(', ')}`);
  }
  if (deck.foreignRequests.length > 0) {
    throw new ExportError(
      `[talk] the deck asked for other hosts, which export never allows (${deck.url}): ${[...new Set(deck.foreignRequests)].join(', ')}` +
        '\n       A deck may use only files it serves itself: copy what it needs into the project and refer to it there.',
    );
  }
  if (deck.pageErrors.length > 0) throw new ExportError(`[talk] the page failed (${deck.url}): ${deck.pageErrors.join(' | ')}`);
}

/** Runs in the page: what the readiness signal is still waiting for. Self-contained. */
function pendingWork(): { slide: string | undefined; reasons: string[] } {
  const root = document.documentElement;
  const reasons: string[] = [];
  const fatal = document.querySelector('.talk-fatal');
  if (fatal) return { slide: undefined, reasons: [`the deck did not start: ${(fatal.textContent ?? '').trim()}`] };
  if (root.dataset.deckReady === undefined) reasons.push('reveal.js never started (no data-deck-ready on <html>)');
  const print = new URLSearchParams(location.search).has('print-pdf');
  if (print && document.querySelectorAll('.pdf-page').length === 0) reasons.push("reveal's print view never sent pdf-ready");
  const locale = root.dataset.talkLocale ?? 'en';
  const undrawn = [...document.querySelectorAll<HTMLElement>(`.talk-mermaid.talk-${locale}:not([data-talk-rendered])`)].filter(
    (el) => print || el.closest('section.present') !== null,
  );
  if (undrawn.length > 0) reasons.push(`${undrawn.length} mermaid diagram${undrawn.length === 1 ? '' : 's'} still rendering`);
  if (document.fonts.status === 'loading') reasons.push('fonts still loading');
  if (reasons.length === 0) reasons.push('a slide transition or another tracked task did not finish');
  const slide = undrawn[0]?.closest('section')?.id ?? (print ? undefined : document.querySelector('.reveal .slides section.present')?.id);
  return { slide, reasons };
}
