/** The exporter's public API: `exportDeck` writes a PDF or PNGs of a deck (used by the CLI and the benchmark). */
export { exportDeck, listPngs, type ExportResult } from './export-deck.ts';
export { ExportAborted, ExportError, ExportInputError } from './export-error.ts';
export { defaultOut, FORMATS, parseSize, type ExportFormat, type ExportOptions, type ExportProgress } from './export-options.ts';
export { BrowserUnavailable } from './launch-browser.ts';
export { countPages, readLanguage, readOutline, type Bookmark } from './pdf-outline.ts';
export { phaseOf, placeFailure, trackWhereabouts, type ExportWhereabouts } from './place-failure.ts';
