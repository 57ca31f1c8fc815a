import type { Bilingual } from '#talk';

/** Who every quote of the talk is by. */
export const TIAN: Bilingual = { en: 'Yuandong Tian', zh: '田渊栋' };

/** Where every quote of the talk comes from. */
export const WHERE: Bilingual = { en: '《知识分子》, 2024', zh: '《知识分子》，2024' };

/** Mermaid front matter for diagrams that fill a slide: larger labels, wider wrapping. */
export const LARGE: readonly string[] = ['---', 'config:', '  themeVariables:', '    fontSize: 24px', '  flowchart:', '    wrappingWidth: 320', '---'];
