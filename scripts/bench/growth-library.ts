import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibrary } from '../../src/library/load-library.ts';
import { LOCALES } from '../../src/model/types.ts';

/**
 * Writes a library with one deck of `count` slides: the project's slides repeated under new ids
 * (`<id>-r<n>`), with their notes, so that cost per slide can be measured. It lives below the
 * project (its modules resolve '#talk' through the project's package.json). Returns its root.
 */
export async function writeGrowthLibrary(project: string, count: number): Promise<string> {
  const root = path.join(project, '.cache', `bench-growth-${count}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'slides', 'decks'), { recursive: true });
  const { library } = await loadLibrary({ root: project });
  const sectionFiles = library.sections.map((s) => s.file);
  // Slides written for every language (an English-only lecture's slides are left out).
  const bilingual = (id: string) => LOCALES.every((locale) => existsSync(path.join(project, 'speaker-notes', locale, `${id}.md`)));
  const base = library.sections.flatMap((s) => s.value.slides.map((slide) => slide.id)).filter(bilingual);
  const imports = sectionFiles.map((file, i) => `import s${i} from '${path.relative(path.join(root, 'slides'), path.join(project, file)).split(path.sep).join('/')}';`);
  writeFileSync(
    path.join(root, 'slides', '01-growth.ts'),
    [
      `import { defineSection } from '#talk';`,
      ...imports,
      `const kept = new Set(${JSON.stringify(base)});`,
      `const base = [${sectionFiles.map((_, i) => `s${i}`).join(', ')}].flatMap((s) => s.slides).filter((s) => kept.has(s.id));`,
      `export default defineSection({`,
      `  id: 'growth',`,
      `  title: { en: 'Growth', zh: '增长' },`,
      `  slides: Array.from({ length: ${count} }, (_, n) => { const s = base[n % base.length]!; return { ...s, id: \`\${s.id}-r\${n}\`, minutes: 0.1 }; }),`,
      `});`,
    ].join('\n'),
  );
  writeFileSync(
    path.join(root, 'slides', 'decks', 'growth.ts'),
    `import { defineDeck } from '#talk';\nexport default defineDeck({ id: 'growth', title: { en: 'Growth', zh: '增长' }, author: { en: 'Bench', zh: '基准' }, budgetMinutes: ${count}, entries: ['growth'] });\n`,
  );
  for (const locale of LOCALES) {
    const dir = path.join(root, 'speaker-notes', locale);
    mkdirSync(dir, { recursive: true });
    for (let n = 0; n < count; n++) {
      const id = base[n % base.length] as string;
      copyFileSync(path.join(project, 'speaker-notes', locale, `${id}.md`), path.join(dir, `${id}-r${n}.md`));
    }
  }
  const assets = path.join(project, 'assets');
  if (existsSync(assets)) cpSync(assets, path.join(root, 'assets'), { recursive: true });
  return root;
}
