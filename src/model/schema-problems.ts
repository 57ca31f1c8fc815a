import * as v from 'valibot';
import type { DeckProblem } from './deck-error.ts';
import { BLOCK_KINDS, deckSchema, sectionSchema } from './schema.ts';

type Issue = v.BaseIssue<unknown>;

/**
 * Checks a module's default export against its schema. Each problem names the file, the slide (when
 * the field is inside one), the field's path from there (`blocks[0].items[1]`) and the expected form.
 */
export function schemaProblems(file: string, value: unknown, what: 'section' | 'deck'): DeckProblem[] {
  const result = v.safeParse(what === 'section' ? sectionSchema : deckSchema, value);
  if (result.success) return [];
  return result.issues.map((issue) => toProblem(file, value, issue));
}

function toProblem(file: string, root: unknown, found: Issue): DeckProblem {
  // A union (a text, a deck entry) that failed inside one of its forms: report that form's field.
  // Its inner issues' paths start where the union's ends.
  let issue = found;
  let keys = (issue.path ?? []).map((item) => item.key as string | number);
  for (let inner = innerIssue(issue); inner; inner = innerIssue(issue)) {
    keys = [...keys, ...(inner.path ?? []).map((item) => item.key as string | number)];
    issue = inner;
  }
  // The innermost slide on the path: its id names the slide, the rest is the field.
  let slideAt = -1;
  for (let i = 0; i + 1 < keys.length; i++) if (keys[i] === 'slides' && typeof keys[i + 1] === 'number') slideAt = i + 1;
  const slide = slideAt >= 0 ? valueAt(root, keys.slice(0, slideAt + 1)) : undefined;
  const slideId = typeof (slide as { id?: unknown } | undefined)?.id === 'string' ? (slide as { id: string }).id : undefined;
  const local = slideId === undefined ? keys : keys.slice(slideAt + 1);
  const at = formatPath(local) || 'the default export';
  const parent = formatPath(local.slice(0, -1)) || (slideId === undefined ? 'the top level' : 'the slide');
  const name = String(keys.at(-1));
  const problem = (reason: string, hint: string): DeckProblem => ({ file, slideId, reason, hint });

  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return problem(`unknown field "${name}" in ${parent}`, 'Check its spelling, or remove it (README, "Write a lecture", lists the fields of each block).');
  }
  if ((issue.type === 'strict_object' || issue.type === 'variant') && issue.input === undefined && keys.length > 0 && issue.expected?.startsWith('"')) {
    return problem(`${at} is missing`, `Add the field "${name}" to ${parent}.`);
  }
  if (issue.type === 'strict_object') {
    return problem(`${at}: expected an object { ... }, got ${describe(issue.input)}`, found === issue && keys.length === 0 ? 'The module must default-export what defineSection or defineDeck returns.' : 'Fix the field.');
  }
  if (issue.type === 'variant') {
    const got =
      keys.at(-1) !== 'kind' ? `expected a block { kind, ... }, got ${describe(issue.input)}` : issue.input === undefined ? 'a block without a kind' : `unknown block kind ${describe(issue.input)}`;
    return problem(`${at}: ${got}`, `The block kinds are: ${BLOCK_KINDS.join(', ')}.`);
  }
  const got = issue.input === undefined ? 'it is missing' : `got ${describe(issue.input)}`;
  return problem(`${at}: expected ${issue.message}, ${got}`, 'Fix the field; the slide module runs as plain code, so TypeScript may not have caught it.');
}

function innerIssue(issue: Issue): Issue | undefined {
  return issue.type === 'union' ? issue.issues?.find((inner) => (inner.path?.length ?? 0) > 0) : undefined;
}

function valueAt(root: unknown, keys: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of keys) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

/** `slides[2].blocks[0].items[1]`. */
function formatPath(keys: readonly (string | number)[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** A short, readable picture of a wrong value. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return `an object with ${Object.keys(value).map((k) => `"${k}"`).join(', ') || 'no fields'}`;
    default:
      return typeof value;
  }
}
