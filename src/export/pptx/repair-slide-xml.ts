/**
 * Fixes in a slide's XML what pptxgenjs 4.0 writes against the OOXML schema, which PowerPoint
 * answers with its "found a problem with content… repair" dialog (LibreOffice reads it silently):
 * - a paragraph's properties (`<a:pPr>`) written again before each of its runs; only one is
 *   allowed, first (gitbrent/PptxGenJS#1081, #1083);
 * - a solid slide background without its `<a:effectLst/>` (#1442);
 * - a rectangle without text lacking the `<p:txBody>` PowerPoint expects (#1441).
 */
export function repairSlideXml(xml: string): string {
  const paragraphs = xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, inner: string) => {
    let first = true;
    const kept = inner.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, (pPr: string, offset: number) => {
      const keep = first && inner.slice(0, offset).trim() === '';
      first = false;
      return keep ? pPr : '';
    });
    return `<a:p>${kept}</a:p>`;
  });
  return paragraphs
    .replace(/<\/a:solidFill><\/p:bgPr>/g, '</a:solidFill><a:effectLst/></p:bgPr>')
    .replace(/<\/p:spPr><\/p:sp>/g, '</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>');
}
