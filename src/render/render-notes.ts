import MarkdownIt from 'markdown-it';
import { splitSources } from '../model/speaking-time.ts';

// html: false escapes raw HTML in notes, and markdown-it's validateLink already refuses
// javascript:, vbscript: and data: (except images) links, so rendered notes cannot run script.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const LABEL = /^(?:\*\*)?(Sources|来源)(?:\*\*)?[ \t]*[:：][ \t]*/;

/**
 * Speaker notes Markdown to safe HTML. A final `Sources:` (`来源：`) paragraph, the citations,
 * comes out apart, in `.talk-notes-sources` under its label, for views to set smaller and below.
 */
export function renderNotes(text: string): string {
  const { spoken, sources } = splitSources(text);
  const label = sources === undefined ? null : LABEL.exec(sources);
  if (sources === undefined || !label) return markdown.render(text);
  return (
    markdown.render(spoken) +
    `<div class="talk-notes-sources"><p class="talk-notes-sources-label">${label[1]}</p>${markdown.render(sources.slice(label[0].length))}</div>`
  );
}
