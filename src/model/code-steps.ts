/** The lines lit at each step of a code block: one set of 1-based line numbers per step. */
export type CodeSteps = readonly (readonly number[])[];

/**
 * Parses a code block's `highlight`, e.g. `'1|2-3|4'`: steps separated by `|`, each a
 * comma-separated list of lines or ranges (`1,3-4`). Lines are 1-based and must exist.
 * Returns the steps, or what is wrong with the spec in one sentence.
 */
export function parseCodeSteps(spec: string, lineCount: number): { steps: CodeSteps } | { error: string } {
  const steps: number[][] = [];
  for (const step of spec.split('|')) {
    const lines = new Set<number>();
    for (const part of step.split(',')) {
      const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
      if (!match) return { error: `"${part.trim()}" is not a line or a range of lines (write e.g. "1|2-3|4,6")` };
      const first = Number(match[1]);
      const last = match[2] === undefined ? first : Number(match[2]);
      if (first < 1 || last < first) return { error: `"${part.trim()}" is not a range of lines from 1 up` };
      if (last > lineCount) return { error: `line ${last} is past the end of the code (${lineCount} line${lineCount === 1 ? '' : 's'})` };
      for (let line = first; line <= last; line++) lines.add(line);
    }
    steps.push([...lines].sort((a, b) => a - b));
  }
  return { steps };
}

/** The code's lines, without the one empty line a trailing newline would add. */
export function codeLines(code: string): string[] {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
