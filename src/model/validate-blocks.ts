import { codeLines, parseCodeSteps } from './code-steps.ts';
import type { DeckProblem } from './deck-error.ts';
import type { Block, CodeBlock, Slide, TableBlock, VideoBlock } from './types.ts';

/** What the block checks need to know about the world outside the model. */
export interface BlockCheckContext {
  /** Paths below `assets/` that exist. */
  readonly assets: ReadonlySet<string>;
  /** Whether the highlighter knows a code language; without it, languages are not checked. */
  readonly isCodeLanguage?: (lang: string) => boolean;
}

/** Checks the code, table and video blocks of a slide (their texts are checked with every text). */
export function checkBlocks(slide: Slide, file: string, context: BlockCheckContext): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const report = (reason: string, hint: string): void => void problems.push({ file, slideId: slide.id, reason, hint });
  const visit = (block: Block, path: string): void => {
    if (block.kind === 'code') checkCode(block, path, context, report);
    else if (block.kind === 'table') checkTable(block, path, report);
    else if (block.kind === 'video') checkVideo(block, path, context, report);
    else if (block.kind === 'columns') block.columns.forEach((column, c) => column.forEach((inner, i) => visit(inner, `${path}.columns[${c}][${i}]`)));
  };
  slide.blocks.forEach((block, i) => visit(block, `blocks[${i}]`));
  return problems;
}

type Report = (reason: string, hint: string) => void;

function checkCode(block: CodeBlock, path: string, context: BlockCheckContext, report: Report): void {
  if (typeof block.code !== 'string' || block.code.trim() === '') {
    report(`no code at ${path}.code`, "Write the code as a string: code: 'print(1)'.");
    return;
  }
  if (typeof block.lang !== 'string' || block.lang === '') {
    report(`no language at ${path}.lang`, "Name the code's language, e.g. lang: 'python' (or 'text' for none).");
  } else if (context.isCodeLanguage && !context.isCodeLanguage(block.lang)) {
    report(`unknown code language "${block.lang}" at ${path}.lang`, "Use a language Shiki knows, e.g. 'python', 'ts', 'bash', 'json' (or 'text' for none).");
  }
  if (block.highlight !== undefined) {
    const parsed = typeof block.highlight === 'string' ? parseCodeSteps(block.highlight, codeLines(block.code).length) : { error: 'it is not a string' };
    if ('error' in parsed) report(`bad line steps "${String(block.highlight)}" at ${path}.highlight: ${parsed.error}`, "Write 1-based lines per step, steps separated by |, e.g. highlight: '1|2-3|4'.");
  }
}

function checkTable(block: TableBlock, path: string, report: Report): void {
  if (!Array.isArray(block.header) || block.header.length === 0) {
    report(`no header at ${path}.header`, "Give the column headings: header: ['Model', 'Steps'].");
    return;
  }
  if (!Array.isArray(block.rows) || block.rows.length === 0) {
    report(`no rows at ${path}.rows`, "Give at least one row: rows: [['DDPM', '1000']].");
    return;
  }
  block.rows.forEach((row, r) => {
    const cells = Array.isArray(row) ? row.length : 0;
    if (cells !== block.header.length) {
      report(`row ${r + 1} at ${path}.rows[${r}] has ${cells} cell${cells === 1 ? '' : 's'}, the header ${block.header.length}`, 'Give every row one cell per header column (an empty column still needs a text).');
    }
  });
}

function checkVideo(block: VideoBlock, path: string, context: BlockCheckContext, report: Report): void {
  for (const field of ['src', 'poster'] as const) {
    const value: unknown = block[field];
    const what = field === 'src' ? 'video' : 'poster image';
    if (typeof value !== 'string' || value === '') {
      report(`no ${what} at ${path}.${field}`, `Name a file below assets/, e.g. ${field}: '${field === 'src' ? 'videos/clip.webm' : 'images/clip.png'}'.`);
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
      report(`${what} "${value}" at ${path}.${field} is an address, not a file of the deck`, 'The deck serves its own files only (it must work offline): put the file under assets/ and name it, e.g. videos/clip.webm.');
    } else if (!context.assets.has(value)) {
      report(`${what} "assets/${value}" at ${path}.${field} does not exist`, 'Put the file under assets/ or fix the path.');
    }
  }
}
