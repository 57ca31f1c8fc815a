import { createHash } from 'node:crypto';

/**
 * The deck's policy: everything from its own origin, nothing from anywhere else. Inline styles are
 * allowed (KaTeX and Mermaid position glyphs with style attributes); inline scripts only when their
 * hash is listed. `connect-src 'self'` also covers the dev server's websocket for the phone remote.
 */
const DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Video blocks: files the deck serves, or data: URLs in the single file.
  "media-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** What a page's policy allows beyond its own origin. */
export interface PolicyOptions {
  /** More sources of scripts, e.g. `blob:` for the single file's Mermaid (load-mermaid.ts). */
  readonly scriptSources?: readonly string[];
}

/** The policy for a page whose inline scripts are `inlineScripts` (their hashes are allowed). */
export function contentSecurityPolicy(inlineScripts: readonly string[] = [], options: PolicyOptions = {}): string {
  const hashes = inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  return [...DIRECTIVES, ["script-src 'self'", ...(options.scriptSources ?? []), ...hashes].join(' ')].join('; ');
}

/**
 * Puts the policy into the page as a `<meta http-equiv>` (static hosting gives no headers),
 * replacing one that is there, with the hash of every inline script the page has.
 */
export function withContentSecurityPolicy(html: string, options: PolicyOptions = {}): string {
  // Data blocks (type="application/json", "text/plain") never run: no hash for them.
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*\btype="(?:application\/json|text\/plain)")[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inline, options)}">`;
  const without = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
  return without.replace(/<head>/i, `<head>\n    ${meta}`);
}
