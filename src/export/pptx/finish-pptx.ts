import JSZip from 'jszip';
import { repairSlideXml } from './repair-slide-xml.ts';
import { notesMarker } from './write-pptx.ts';

/** What finishPptx adds to pptxgenjs's file. */
export interface PptxFinish {
  /** Each slide's notes, paragraphs separated by blank lines, in slide order. */
  readonly notes: readonly string[];
  /** `en-US` or `zh-CN`: the notes' runs and the document's language. */
  readonly language: string;
  /** Alt text of each video, in the order written (see videoMarker). */
  readonly videoAlts: readonly string[];
  /** PNG of each SVG picture, by the SVG's text (what PowerPoint shows where it cannot draw SVG). */
  readonly svgFallbacks: ReadonlyMap<string, Uint8Array>;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Completes what pptxgenjs leaves out in Node, inside the zip it wrote:
 * - notes as paragraphs in the notes pane, marked in the export's language (pptxgenjs writes one
 *   run marked en-US);
 * - the PNG beside every SVG picture (pptxgenjs can only draw it in a browser; in Node it writes a
 *   placeholder image), here the picture as Chromium printed it;
 * - the document's language in its core properties;
 * - each video's alt text (pptxgenjs writes none for media);
 * - what pptxgenjs writes against the schema (repairSlideXml).
 */
export async function finishPptx(bytes: Uint8Array, finish: PptxFinish): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const east = finish.language.startsWith('zh');
  for (const [index, notes] of finish.notes.entries()) {
    const file = `ppt/notesSlides/notesSlide${index + 1}.xml`;
    const xml = await zip.file(file)?.async('string');
    if (xml === undefined) throw new Error(`pptxgenjs wrote no ${file}`);
    const marker = `<a:t>${notesMarker(index + 1)}</a:t>`;
    const at = xml.indexOf(marker);
    if (at < 0) throw new Error(`${file} lacks its notes marker`);
    const start = xml.lastIndexOf('<a:p>', at);
    const end = xml.indexOf('</a:p>', at) + '</a:p>'.length;
    const rPr = `<a:rPr lang="${finish.language}" dirty="0"${east ? ' altLang="en-US"' : ''}/>`;
    const paragraphs = notes
      .split(/\n{2,}/)
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => `<a:p><a:r>${rPr}<a:t>${escapeXml(text)}</a:t></a:r></a:p>`);
    const body = paragraphs.length > 0 ? paragraphs.join('') : `<a:p><a:endParaRPr lang="${finish.language}"/></a:p>`;
    zip.file(file, xml.slice(0, start) + body + xml.slice(end));
  }

  const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  for (const slideFile of slideFiles) {
    const xml = repairSlideXml((await zip.file(slideFile)?.async('string')) ?? '').replace(
      /name="TALK-VIDEO-(\d+)"/g,
      (_, n: string) => `name="Video" descr="${escapeXml(finish.videoAlts[Number(n)] ?? 'Video')}"`,
    );
    zip.file(slideFile, xml);
    if (!xml.includes('svgBlip')) continue;
    const relsFile = slideFile.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels');
    const rels = (await zip.file(relsFile)?.async('string')) ?? '';
    const target = (id: string): string | undefined => {
      const found = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return found?.[1] ? `ppt/${found[1].replace(/^\.\.\//, '')}` : undefined;
    };
    // Within one <a:blip>: a picture without an SVG (a formula's PNG) must not pair with the next one's.
    for (const match of xml.matchAll(/<a:blip r:embed="(rId\d+)"[^>]*>(?:(?!<\/a:blip>)[\s\S])*?svgBlip[^>]*r:embed="(rId\d+)"/g)) {
      const pngPath = target(match[1] as string);
      const svgPath = target(match[2] as string);
      const svg = svgPath ? await zip.file(svgPath)?.async('string') : undefined;
      const png = svg === undefined ? undefined : finish.svgFallbacks.get(svg);
      if (!pngPath || !png) throw new Error(`${slideFile}: no PNG for the SVG picture ${svgPath ?? match[2]}`);
      zip.file(pngPath, png);
    }
  }

  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  if (core && !core.includes('<dc:language>')) {
    zip.file('docProps/core.xml', core.replace('</cp:coreProperties>', `<dc:language>${finish.language}</dc:language></cp:coreProperties>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
