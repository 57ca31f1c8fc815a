import type { TableBlock } from '../model/types.ts';
import { renderBilingual } from './render-text.ts';

/** A table with column headings (`<th scope="col">`), every cell in both languages. */
export function renderTable(block: TableBlock): string {
  const head = `<thead><tr>${block.header.map((text) => `<th scope="col">${renderBilingual(text)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${block.rows.map((row) => `<tr>${row.map((text) => `<td>${renderBilingual(text)}</td>`).join('')}</tr>`).join('')}</tbody>`;
  const caption = block.caption ? `<caption>${renderBilingual(block.caption)}</caption>` : '';
  return `<figure class="talk-table-figure"><table class="talk-table">${caption}${head}${body}</table></figure>`;
}
