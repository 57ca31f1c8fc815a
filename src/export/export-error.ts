/** A failed export (page not ready, diagram broken, foreign request, browser crash): message, exit 1. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** A wrong export request (unknown deck, bad range, unwritable output): the CLI shows it with the usage, exit 2. */
export class ExportInputError extends Error {
  override name = 'ExportInputError';
}

/** Thrown when the export was cancelled (Ctrl-C): nothing was written. */
export class ExportAborted extends Error {
  override name = 'ExportAborted';
}
