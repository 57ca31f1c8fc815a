/**
 * reveal.js's `viewDistance`: slides nearer than this to the current one are laid out (display:
 * block), so their fonts load with it (3, reveal's default: two slides ahead). The build reads
 * it too (startup-hints.ts), to preload the first view's fonts; keep this module free of imports.
 */
export const VIEW_DISTANCE = 3;
