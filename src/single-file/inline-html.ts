/** The built files an HTML page refers to, by the path written in the page (e.g. `./assets/index-x.js`). */
export type BuiltFiles = ReadonlyMap<string, string>;

/**
 * Puts the page's own scripts and style sheets inside it: `<script type="module" src>` becomes an
 * inline module script, `<link rel="stylesheet">` a `<style>`, module preloads go. Throws when the
 * page still refers to a local file afterwards (the single file would be broken from file://).
 */
export function inlineHtml(html: string, files: BuiltFiles): string {
  const read = (ref: string): string => {
    const text = files.get(ref.replace(/^\.?\//, ''));
    if (text === undefined) throw new Error(`single file: the page refers to ${ref}, which the build did not write`);
    return text;
  };
  let out = html.replace(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)><\/script>/g, (_all, before: string, src: string, after: string) => {
    const attrs = `${before}${after}`.replace(/\s*crossorigin(="[^"]*")?/g, '').replace(/\s+/g, ' ').trimEnd();
    // "</script" inside the code would end the element early; "<\/script" means the same to JavaScript.
    return `<script${attrs}>${read(src).replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  });
  out = out.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    return href === undefined ? tag : `<style>${read(href).replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  });
  out = out.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '');
  const left = /<(?:script|link|img)\b[^>]*\b(?:src|href)="(?!data:|#|https?:)([^"]+)"/.exec(out.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
  if (left) throw new Error(`single file: the page still refers to ${left[1]}`);
  return out;
}
