/** Mermaid's single-file build, as a package path: the build serves it, the check parses with it. */
export const MERMAID_SCRIPT = '@mermaid-js/tiny/dist/mermaid.tiny.js';
