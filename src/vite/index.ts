import type { Plugin } from 'vite';
import { audiencePlugin } from './audience-plugin.ts';
import { cspPlugin } from './csp-plugin.ts';
import { fontsPlugin } from './fonts-plugin.ts';
import { loaderPlugin } from './loader-plugin.ts';
import { mermaidPlugin } from './mermaid-plugin.ts';
import { remotePlugin } from './remote-plugin.ts';
import { startupHintsPlugin } from './startup-hints-plugin.ts';
import { resolveTalkOptions, type TalkOptions } from './talk-options.ts';
import { themePlugin } from './theme-plugin.ts';

export type { ResolvedTalkOptions, TalkOptions } from './talk-options.ts';

/** The talk kit's Vite plugins. */
export function talkPlugin(options: TalkOptions = {}): Plugin[] {
  const resolved = resolveTalkOptions(options);
  return [loaderPlugin(resolved), mermaidPlugin(), fontsPlugin(), startupHintsPlugin(resolved), cspPlugin(), audiencePlugin(resolved), remotePlugin(resolved), themePlugin(resolved)];
}
