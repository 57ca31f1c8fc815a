/**
 * The part of Mermaid's API the deck uses. The deck ships `@mermaid-js/tiny`, Mermaid's own
 * single-file build (every diagram type but mindmap and architecture, no KaTeX in labels), which
 * comes without type declarations; its functions are Mermaid's, so these are Mermaid's types, cut
 * down to what we call.
 */
export interface MermaidConfig {
  readonly startOnLoad?: boolean;
  readonly securityLevel?: 'strict' | 'loose' | 'antiscript' | 'sandbox';
  readonly theme?: 'default' | 'neutral' | 'dark' | 'forest' | 'base';
  readonly fontFamily?: string;
  readonly themeCSS?: string;
  readonly darkMode?: boolean;
  readonly themeVariables?: Readonly<Record<string, string | boolean>>;
  readonly flowchart?: { readonly htmlLabels?: boolean; readonly useMaxWidth?: boolean; readonly padding?: number; readonly diagramPadding?: number };
  readonly timeline?: { readonly useMaxWidth?: boolean };
}

export interface Mermaid {
  initialize(config: MermaidConfig): void;
  /** Draws `text` as an SVG string; rejects with Mermaid's message when it does not parse. */
  render(id: string, text: string): Promise<{ svg: string }>;
  /** Rejects with Mermaid's message when `text` is not a diagram it can draw. */
  parse(text: string): Promise<unknown>;
}

/** Where the page finds Mermaid's script (virtual:talk-mermaid says which, per build). */
export type MermaidScript =
  /** A file the deck serves, by the URL Vite gives it (`?url`). */
  | { readonly url: string }
  /** The text of a `<script type="text/plain">` in the page (the single file). */
  | { readonly inlineId: string };
