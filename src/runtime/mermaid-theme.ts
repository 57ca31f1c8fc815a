/** The deck's colours, as its custom properties give them (theme.css, or a theme of assets/themes/). */
export interface Palette {
  readonly bg: string;
  readonly fg: string;
  readonly muted: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly rule: string;
  /** What goes wrong and what holds: a node's border, and its tint. */
  readonly bad: string;
  readonly badSoft: string;
  readonly good: string;
  readonly goodSoft: string;
}

/**
 * The classes a diagram may give its nodes (`class A3 bad`) for the theme's colours, where a
 * `classDef` with fixed colours would stay light on the dark theme.
 */
type NodeClass = 'bad' | 'good' | 'accent';

/** The part of Mermaid's configuration that gives diagrams the deck's palette and type. */
export interface MermaidTheme {
  readonly theme: 'base';
  readonly darkMode: boolean;
  readonly fontFamily: string;
  readonly themeVariables: Readonly<Record<string, string | boolean>>;
  readonly themeCSS: string;
  /** Tighter boxes than Mermaid's, so that a wide flowchart is scaled down less and its labels stay large. */
  readonly flowchart: { readonly padding: number; readonly diagramPadding: number };
}

/** Labels in the deck's fonts: Latin from Inter, Chinese from Noto Sans SC, as on the slides. */
const FONT_FAMILY = 'Inter, "Noto Sans SC", sans-serif';

/**
 * Mermaid's `base` theme (the only one whose colours can be set) in the deck's palette: nodes in
 * the accent's soft tint with an accent border, lines and edge labels in the muted ink, clusters
 * outlined in the rule colour, text in the slide's own ink, 20px labels unless a diagram sets
 * its own size. Timeline sections all take the soft tint instead of Mermaid's rainbow.
 */
export function mermaidTheme(palette: Palette, dark: boolean): MermaidTheme {
  const { bg, fg, muted, accent, accentSoft, rule, bad, badSoft, good, goodSoft } = palette;
  const timeline: Record<string, string> = {};
  for (let i = 0; i < 12; i++) {
    timeline[`cScale${i}`] = accentSoft;
    timeline[`cScaleLabel${i}`] = fg;
    timeline[`cScalePeer${i}`] = accent;
    timeline[`cScaleInv${i}`] = accent;
  }
  return {
    theme: 'base',
    darkMode: dark,
    fontFamily: FONT_FAMILY,
    themeVariables: {
      darkMode: dark,
      fontFamily: FONT_FAMILY,
      fontSize: '20px',
      background: bg,
      primaryColor: accentSoft,
      primaryTextColor: fg,
      primaryBorderColor: accent,
      secondaryColor: bg,
      secondaryTextColor: fg,
      secondaryBorderColor: muted,
      tertiaryColor: bg,
      tertiaryTextColor: fg,
      tertiaryBorderColor: rule,
      mainBkg: accentSoft,
      nodeBorder: accent,
      nodeTextColor: fg,
      textColor: fg,
      titleColor: fg,
      lineColor: muted,
      edgeLabelBackground: bg,
      clusterBkg: bg,
      clusterBorder: rule,
      ...timeline,
    },
    // Timeline events are drawn with a CSS filter; Chromium prints filtered content as a bitmap,
    // which would make the labels unsearchable in the PDF.
    flowchart: { padding: 10, diagramPadding: 4 },
    themeCSS:
      '.eventWrapper { filter: none; } .edgeLabel, .edgeLabel rect, .labelBkg { background-color: ' + bg + '; fill: ' + bg + '; }' +
      nodeClassCss('bad', badSoft, bad, fg) +
      nodeClassCss('good', goodSoft, good, fg) +
      nodeClassCss('accent', accent, accent, bg),
  };
}

/**
 * A node class in the theme's colours: its shape filled and outlined, its label inked. Mermaid
 * scopes the rules to the diagram; `.node.<name>` outranks its own `.node rect`. Colours are
 * written out (not `var()`), so an SVG taken out of the page (the PPTX export) keeps them.
 */
function nodeClassCss(name: NodeClass, fill: string, stroke: string, ink: string): string {
  const shapes = ['rect', 'polygon', 'circle', 'ellipse', 'path'].map((shape) => `.node.${name} ${shape}`).join(', ');
  return ` ${shapes} { fill: ${fill} !important; stroke: ${stroke} !important; } .node.${name} .nodeLabel, .node.${name} .nodeLabel p, .node.${name} text { color: ${ink} !important; fill: ${ink} !important; }`;
}

/** The palette the page shows now, read from the custom properties on `root`. */
export function readPalette(root: Element = document.documentElement): Palette {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    bg: read('--talk-bg', '#ffffff'),
    fg: read('--talk-fg', '#1b1f24'),
    muted: read('--talk-muted', '#4a5360'),
    accent: read('--talk-accent', '#0b5cad'),
    accentSoft: read('--talk-accent-soft', '#e8f1fb'),
    rule: read('--talk-rule', '#d0d7de'),
    bad: read('--talk-bad', '#b42318'),
    badSoft: read('--talk-bad-soft', '#fdecea'),
    good: read('--talk-good', '#067647'),
    goodSoft: read('--talk-good-soft', '#e6f4ea'),
  };
}
