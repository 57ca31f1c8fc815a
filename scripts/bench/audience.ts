import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { WebSocket } from 'ws';

import { launchBrowser } from '../../src/export/launch-browser.ts';
import { LOCALES, type Locale } from '../../src/model/types.ts';
import { AUDIENCE_SOCKET_PATH } from '../../src/protocol/audience-messages.ts';
import { REMOTE_EVENTS } from '../../src/protocol/remote-messages.ts';
import type { AudienceApi } from '../../src/vite/audience-plugin.ts';
import { talkConfig } from '../../src/vite/talk-config.ts';
import { measureFirstSlide } from './measure-page.ts';

/** What the audience follow-along costs. */
export interface AudienceFigures {
  readonly date: string;
  readonly viewers: number;
  readonly steps: number;
  /** Per step, the 95th percentile of the time from the deck's post to a viewer's socket (received by the viewers' process), ms. */
  readonly p95Ms: { median: number; max: number };
  /** Per step, from the deck's post until the relay has written the state to every viewer's socket (server side), ms. */
  readonly relayMs: { median: number; max: number };
  /** The machine's load average (1 min) when the run ended: the delays above include waiting for a core. */
  readonly load: number;
  readonly worstMs: number;
  /** Server process growth with every viewer connected, divided by the viewers. */
  readonly rssPerViewer: number;
  readonly heapPerViewer: number;
  /** The audience page before its first slide, per language (gzip for scripts and styles; fonts as served). */
  readonly page: Partial<Record<Locale, { js: number; css: number; fonts: number; total: number }>>;
}

const STEPS = 20;
const now = (): number => performance.timeOrigin + performance.now();

/**
 * Starts the dev server with the audience on 127.0.0.1 (only that address is the laptop), opens
 * `viewers` sockets from another process (127.0.0.2-9), posts `STEPS` positions as the deck on the
 * laptop does (Vite's websocket, the remote's state event) and times each until every viewer has it.
 */
export async function measureAudience(project: string, viewers: number): Promise<AudienceFigures> {
  const server = await createServer(talkConfig({ audience: true, laptopAddresses: ['127.0.0.1'], logLevel: 'silent', server: { host: '127.0.0.1', port: 0, strictPort: false } }));
  await server.listen();
  const api = server.config.plugins.find((plugin) => plugin.name === 'talk:audience')?.api as AudienceApi;
  await api.ready();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  const base = `http://127.0.0.1:${address.port}/`;
  try {
    const page: AudienceFigures['page'] = {};
    const browser = await launchBrowser();
    try {
      for (const locale of LOCALES) {
        const first = await measureFirstSlide(browser, `${base}audience/`, locale);
        page[locale] = { js: first.js.gzip, css: first.css.gzip, fonts: first.fonts.raw, total: first.js.gzip + first.css.gzip + first.fonts.raw };
      }
    } finally {
      await browser.close();
    }

    const deck = new WebSocket(base.replace(/^http/, 'ws'), 'vite-hmr', { perMessageDeflate: false });
    await new Promise((resolve, reject) => deck.once('open', resolve).once('error', reject));
    const post = (h: number): void => deck.send(JSON.stringify({ type: 'custom', event: REMOTE_EVENTS.state, data: { deck: 'meetup', locale: 'en', h, v: 0, f: -1, slide: `s${h}`, index: h + 1, total: 99, elapsedMs: 0, running: false, paused: false } }));
    post(0);

    globalThis.gc?.();
    const before = process.memoryUsage();
    const child = fork(path.join(project, 'scripts/bench/audience-viewers.mjs'), [`${base.replace(/^http/, 'ws')}${AUDIENCE_SOCKET_PATH.slice(1)}`, String(viewers)], { stdio: 'inherit' });
    const messages: { type: string; h?: number; times?: number[]; message?: string }[] = [];
    let wake: () => void = () => undefined;
    child.on('message', (message: { type: string }) => {
      messages.push(message);
      wake();
    });
    const next = async (type: string, h?: number): Promise<{ times?: number[] }> => {
      for (;;) {
        const found = messages.find((m) => m.type === type && (h === undefined || m.h === h));
        if (found) return found;
        const error = messages.find((m) => m.type === 'error');
        if (error) throw new Error(`a viewer failed: ${error.message}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 30_000).unref();
        });
      }
    };
    await next('open');
    await next('arrived', 0);
    globalThis.gc?.();
    const held = process.memoryUsage();
    // When the relay has handed the state to every socket: timed around its publish, in this process.
    const relay = api.relay();
    if (!relay) throw new Error('the audience relay did not start');
    const publish = relay.publish.bind(relay);
    let published = 0;
    relay.publish = (state) => {
      publish(state);
      published = now();
    };
    const relayed: number[] = [];
    const p95s: number[] = [];
    let worst = 0;
    for (let step = 1; step <= STEPS; step++) {
      const sent = now();
      post(step);
      const { times = [] } = await next('arrived', step);
      relayed.push(published - sent);
      const delays = times.map((t) => t - sent).sort((a, b) => a - b);
      p95s.push(delays[Math.min(delays.length - 1, Math.ceil(delays.length * 0.95) - 1)] ?? NaN);
      worst = Math.max(worst, delays.at(-1) ?? 0);
    }
    child.send({ type: 'close' });
    deck.close();
    p95s.sort((a, b) => a - b);
    relayed.sort((a, b) => a - b);
    return {
      date: new Date().toISOString(),
      viewers,
      steps: STEPS,
      p95Ms: { median: p95s[Math.floor(p95s.length / 2)] ?? NaN, max: p95s.at(-1) ?? NaN },
      relayMs: { median: relayed[Math.floor(relayed.length / 2)] ?? NaN, max: relayed.at(-1) ?? NaN },
      load: os.loadavg()[0] ?? NaN,
      worstMs: worst,
      rssPerViewer: (held.rss - before.rss) / viewers,
      heapPerViewer: (held.heapUsed - before.heapUsed) / viewers,
      page,
    };
  } finally {
    await server.close();
  }
}

const START = '<!-- audience: written by npm run bench -- --audience <n> -->';
const END = '<!-- /audience -->';

/** Writes bench/results/audience-<date>.json and the audience section of docs/performance.md; returns the section. */
export function writeAudienceReport(project: string, figures: AudienceFigures): string {
  const dir = path.join(project, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `audience-${figures.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2) + '\n');
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
  const pageRows = LOCALES.flatMap((locale) => {
    const p = figures.page[locale];
    return p ? [`| ${locale} | ${kb(p.js)} | ${kb(p.css)} | ${kb(p.fonts)} | ${kb(p.total)} |`] : [];
  });
  const section = [
    START,
    '## Audience follow-along',
    '',
    `Run of ${figures.date}: \`npm run bench -- --audience ${figures.viewers}\`. The dev server with \`--audience\` on 127.0.0.1;`,
    `${figures.viewers} viewer websockets opened from another process over loopback (127.0.0.2-9); the deck's position posted`,
    `${figures.steps} times as the deck on the laptop posts it (Vite's websocket), each timed from the post until every viewer's socket has it.`,
    '',
    `- Relay (server side): from the deck's post until the state is written to all ${figures.viewers} sockets, median ${figures.relayMs.median.toFixed(1)} ms, worst step ${figures.relayMs.max.toFixed(1)} ms; target under 100 ms.`,
    `- Delivery, 95th percentile per step (until the viewers' process has read it): median ${figures.p95Ms.median.toFixed(1)} ms, worst step ${figures.p95Ms.max.toFixed(1)} ms (slowest single viewer ${figures.worstMs.toFixed(1)} ms).`,
    `  Load average at the end of the run: ${figures.load.toFixed(1)} on ${os.cpus().length} cores (these delays include waiting for a core).`,
    `- Memory per viewer (server process, all ${figures.viewers} connected): ${kb(figures.rssPerViewer)} RSS, ${kb(figures.heapPerViewer)} JS heap.`,
    '',
    'The audience page before its first slide shows (empty cache; scripts and styles gzip, fonts as served, woff2); target at most 300 KB:',
    '',
    '| lang | JS (gzip) | CSS (gzip) | fonts | total |',
    '| --- | --- | --- | --- | --- |',
    ...pageRows,
    END,
  ].join('\n');
  const doc = path.join(project, 'docs', 'performance.md');
  const text = readFileSync(doc, 'utf8');
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  const updated = at >= 0 && end > at ? text.slice(0, at) + section + text.slice(end + END.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(doc, updated);
  return section;
}
