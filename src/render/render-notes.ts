import MarkdownIt from 'markdown-it';

// html: false escapes raw HTML in notes, and markdown-it's validateLink already refuses
// javascript:, vbscript: and data: (except images) links, so rendered notes cannot run script.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Speaker notes Markdown to safe HTML. */
export function renderNotes(text: string): string {
  return markdown.render(text);
}
