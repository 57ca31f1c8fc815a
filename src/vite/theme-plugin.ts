import path from 'node:path';
import type { Plugin } from 'vite';
import { BUILT_IN_THEMES, readThemes } from '../library/read-themes.ts';
import type { ResolvedTalkOptions } from './talk-options.ts';

/** Public id of the module that lists the themes. */
export const THEMES_ID = 'virtual:talk-themes';

/**
 * `talk:themes`: serves `virtual:talk-themes`, the theme shown when the URL names none
 * (`--theme`, TALK_THEME) and the CSS of every `assets/themes/<name>.css`, which the page adds
 * when `?theme=<name>` asks for it. Small enough to travel in the page's own script, which also
 * keeps custom themes working in the single-file build.
 */
export function themePlugin(options: ResolvedTalkOptions): Plugin {
  const dir = path.join(options.root, 'assets/themes');
  return {
    name: 'talk:themes',
    resolveId: {
      filter: { id: /^virtual:talk-themes$/ },
      handler(id) {
        return '\0' + id;
      },
    },
    load: {
      filter: { id: /^\0virtual:talk-themes$/ },
      async handler() {
        const custom = await readThemes(dir);
        for (const name of Object.keys(custom)) this.addWatchFile(path.join(dir, `${name}.css`));
        const names = [...BUILT_IN_THEMES, ...Object.keys(custom)];
        if (!names.includes(options.theme)) {
          this.error(`[talk] assets/themes/${options.theme}.css: unknown theme "${options.theme}"\n       Themes: ${names.join(', ')}. Add assets/themes/${options.theme}.css to make one.`);
        }
        return [
          `export const defaultTheme = ${JSON.stringify(options.theme)};`,
          `export const themes = ${JSON.stringify(names)};`,
          `export const themeCss = ${JSON.stringify(custom)};`,
        ].join('\n');
      },
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (path.dirname(file) !== dir) return;
        const mod = server.environments.client.moduleGraph.getModuleById('\0' + THEMES_ID);
        if (mod) server.environments.client.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
