import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit code for a command used the wrong way (unknown flag, bad value). */
export const USAGE_EXIT = 2;

/** A wrong command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv strictly: an unknown flag or a missing value is a UsageError naming it. */
export function parseCli<const O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/**
 * Runs a command's main: DeckErrors and UsageErrors are the user's to fix (message, exit 1 or 2);
 * anything else is a bug in the kit (stack, exit 1).
 */
export async function runCli(usage: string, main: () => Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n\n${usage}`);
      process.exitCode = USAGE_EXIT;
      return;
    }
    const name = error instanceof Error ? error.name : '';
    if (['DeckError', 'DeckErrors', 'BrowserUnavailable', 'ExportError'].includes(name)) {
      console.error((error as Error).message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
