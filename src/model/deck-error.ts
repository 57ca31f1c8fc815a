/** Whether a problem stops the build (`error`) or is only reported (`warning`). */
export type Severity = 'error' | 'warning';

/** Where a problem is and what to do about it. */
export interface DeckProblem {
  /** The file to open, relative to the project root. */
  readonly file: string;
  readonly slideId?: string;
  readonly line?: number;
  /** What is wrong, in one sentence. */
  readonly reason: string;
  /** What to do about it. */
  readonly hint?: string;
  readonly severity?: Severity;
}

/**
 * A mistake in the talk's content (as opposed to a bug in the kit, which is a plain `Error`).
 * Its message answers: which file, which slide, what is wrong, and what to do.
 */
export class DeckError extends Error {
  readonly file: string;
  readonly slideId: string | undefined;
  readonly line: number | undefined;
  readonly reason: string;
  readonly hint: string | undefined;
  readonly severity: Severity;

  constructor(problem: DeckProblem) {
    super(formatProblem(problem));
    this.name = 'DeckError';
    this.file = problem.file;
    this.slideId = problem.slideId;
    this.line = problem.line;
    this.reason = problem.reason;
    this.hint = problem.hint;
    this.severity = problem.severity ?? 'error';
  }
}

/** Formats a problem the way every command prints it. */
export function formatProblem(problem: DeckProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const slide = problem.slideId === undefined ? '' : ` (slide "${problem.slideId}")`;
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  const head = `[talk] ${where}${slide}: ${label}${problem.reason}`;
  return problem.hint === undefined ? head : `${head}\n       ${problem.hint}`;
}

/** True for problems that must fail a check or a build. */
export function isFatal(problem: DeckProblem): boolean {
  return (problem.severity ?? 'error') === 'error';
}

/** Thrown when a list of problems stops a build; its message lists every one. */
export class DeckErrors extends Error {
  readonly problems: readonly DeckProblem[];

  constructor(problems: readonly DeckProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DeckErrors';
    this.problems = problems;
  }
}
