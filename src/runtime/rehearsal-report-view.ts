import type { Locale } from '../model/types.ts';
import type { PageDeck } from '../render/rendered-deck.ts';
import { formatDuration } from '../pacing/pacing.ts';
import { reportRows, runToCsv, runToJson, type RehearsalRun } from '../pacing/rehearsal-run.ts';

const LABELS = {
  en: { heading: 'Rehearsal', section: 'Section', planned: 'Planned', actual: 'Actual', delta: '+/−', csv: 'Download CSV', json: 'Download JSON', close: 'Close' },
  zh: { heading: '排练', section: '部分', planned: '计划', actual: '实际', delta: '差', csv: '下载 CSV', json: '下载 JSON', close: '关闭' },
} as const;

/** Shows a finished rehearsal as a per-section table of planned versus actual, with downloads. */
export function showRehearsalReport(deck: PageDeck, run: RehearsalRun, locale: Locale): HTMLElement {
  document.querySelector('.talk-rehearsal-report')?.remove();
  const text = LABELS[locale];
  const box = document.createElement('div');
  box.className = 'talk-rehearsal-report';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', text.heading);
  const heading = document.createElement('h2');
  heading.textContent = `${text.heading}: ${formatDuration(run.totalMs)} / ${formatDuration(deck.plannedMinutes * 60_000)}`;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const label of [text.section, text.planned, text.actual, text.delta]) head.append(Object.assign(document.createElement('th'), { textContent: label }));
  const body = table.createTBody();
  for (const row of reportRows(deck, run)) {
    const tr = body.insertRow();
    tr.dataset.talkSection = row.sectionId;
    tr.className = `talk-report-${row.level}`;
    const delta = row.actualMs - row.plannedMs;
    for (const value of [row.title[locale], formatDuration(row.plannedMs), formatDuration(row.actualMs), (delta > 0 ? '+' : '') + formatDuration(delta)]) tr.insertCell().textContent = value;
    tr.lastElementChild?.classList.add(delta > 0 ? 'talk-behind' : 'talk-ahead');
  }
  const stamp = run.finishedAt.slice(0, 16).replace(/[:T]/g, '-');
  const actions = document.createElement('p');
  actions.append(
    button(text.csv, 'csv', () => download(`${deck.id}-rehearsal-${stamp}.csv`, runToCsv(deck, run), 'text/csv')),
    button(text.json, 'json', () => download(`${deck.id}-rehearsal-${stamp}.json`, runToJson(run), 'application/json')),
    button(text.close, 'close', () => box.remove()),
  );
  box.append(heading, table, actions);
  document.body.append(box);
  return box;
}

function button(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.textContent = label;
  el.dataset.talkAction = action;
  el.addEventListener('click', onClick);
  return el;
}

function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob after this click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
