import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem, isFatal, type DeckProblem } from '../model/deck-error.ts';
import { LOCALES, type Locale } from '../model/types.ts';
import { unknownDeck } from '../model/resolve-deck.ts';
import { compileLibrary, type CompiledLibrary } from '../library/compile-library.ts';
import { DECK_PREFIX, DECKS_ID, deckModule, decksModule, NOTES_PREFIX, notesModule, pageDeck, REST_PREFIX, restModule } from '../library/deck-modules.ts';
import { loadLibrary, type LoadedLibrary } from '../library/load-library.ts';
import { CONTENT_DIRS, contentDirOf } from './content-dirs.ts';
import type { LoaderApi } from './sibling-plugins.ts';
import { FIRST_VIEW_SLIDES } from './startup-hints.ts';
import type { ResolvedTalkOptions } from './talk-options.ts';

interface State {
  loaded: LoadedLibrary;
  compiled: CompiledLibrary;
}

/**
 * `talk:loader`: loads the slide modules and notes, validates and renders them, and serves the
 * result as `virtual:talk/decks`, `virtual:talk/deck/<id>` (the first view's slides whole, the
 * others as placeholders), `virtual:talk/deck-rest/<id>` (those others) and
 * `virtual:talk/notes/<id>`. In dev it recompiles on every
 * change; a mistake shows Vite's overlay while the last good deck stays served.
 */
export function loaderPlugin(options: ResolvedTalkOptions): Plugin {
  let good: State | undefined;
  let failure: DeckProblem[] = [];
  let isBuild = false;

  const compile = async (): Promise<{ state: State; fatal: DeckProblem[] }> => {
    const loaded = await loadLibrary({ root: options.root });
    const compiled = await compileLibrary(loaded, { checkDiagrams: true, withoutNotes: options.withoutNotes });
    for (const problem of compiled.problems.filter((p) => !isFatal(p))) console.warn(formatProblem(problem));
    const fatal = compiled.problems.filter(isFatal);
    if (fatal.length === 0 && !compiled.decks.has(options.deck)) {
      fatal.push(unknownDeck(options.deck, compiled.decks.keys()));
    }
    return { state: { loaded, compiled }, fatal };
  };

  return {
    name: 'talk:loader',
    api: { decks: () => good?.compiled.decks } satisfies LoaderApi,
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      const { state, fatal } = await compile();
      failure = fatal;
      if (fatal.length === 0) good = state;
      if (isBuild && fatal.length > 0) this.error(fatal.map(formatProblem).join('\n'));
      for (const file of state.loaded.files) this.addWatchFile(file);
    },
    resolveId: {
      filter: { id: /^virtual:talk\// },
      handler(id) {
        return '\0' + id;
      },
    },
    load: {
      filter: { id: /^\0virtual:talk\// },
      handler(id) {
        if (!good) {
          this.error(failure.map(formatProblem).join('\n') || 'the talk library did not load');
        }
        const publicId = id.slice(1);
        if (publicId === DECKS_ID) return decksModule(good.compiled.decks, options.deck);
        const prefix = [NOTES_PREFIX, REST_PREFIX, DECK_PREFIX].find((p) => publicId.startsWith(p)) ?? DECK_PREFIX;
        const deck = good.compiled.decks.get(publicId.slice(prefix.length));
        if (!deck) this.error(`unknown deck module ${publicId}`);
        // The slides reveal.js lays out at start come with the deck; the rest once its first slide shows.
        if (prefix === REST_PREFIX) return restModule(deck, FIRST_VIEW_SLIDES);
        return prefix === NOTES_PREFIX ? notesModule(deck) : deckModule(deck, FIRST_VIEW_SLIDES);
      },
    },
    async generateBundle() {
      if (!good) return;
      for (const asset of good.loaded.assets) {
        if (asset.startsWith('themes/') || asset.startsWith('fonts/')) continue;
        this.emitFile({ type: 'asset', fileName: `assets/${asset}`, source: await readFile(path.join(options.root, 'assets', asset)) });
      }
    },
    configureServer(server) {
      server.watcher.add(CONTENT_DIRS.map((dir) => path.join(options.root, dir)));
      let queue = Promise.resolve();
      server.watcher.on('all', (_event, file) => {
        if (!contentDirOf(options.root, file)) return;
        queue = queue.then(() => refresh(server, file)).catch((error: unknown) => server.config.logger.error(String(error)));
      });
    },
  };

  async function refresh(server: ViteDevServer, file: string): Promise<void> {
    const { state, fatal } = await compile();
    failure = fatal;
    if (fatal.length > 0) {
      const first = fatal[0] as DeckProblem;
      server.config.logger.error(fatal.map(formatProblem).join('\n'), { timestamp: true });
      server.ws.send({
        type: 'error',
        err: {
          message: fatal.map(formatProblem).join('\n'),
          stack: '',
          plugin: 'talk:loader',
          id: path.join(options.root, first.file),
          loc: first.line === undefined ? undefined : { file: path.join(options.root, first.file), line: first.line, column: 0 },
        },
      });
      return;
    }
    good = state;
    const graph = server.environments.client.moduleGraph;
    for (const id of [DECKS_ID, ...[...state.compiled.decks.keys()].flatMap((deck) => [DECK_PREFIX + deck, REST_PREFIX + deck, NOTES_PREFIX + deck])]) {
      const mod = graph.getModuleById('\0' + id);
      if (mod) graph.invalidateModule(mod);
    }
    const notes = notesChange(options.root, file);
    if (notes) {
      for (const deck of state.compiled.decks.values()) {
        const html = deck.notes?.[notes.slideId]?.[notes.locale];
        if (html !== undefined) {
          server.ws.send({ type: 'custom', event: 'talk:update-notes', data: { ...notes, html } });
          return;
        }
      }
    }
    if (contentDirOf(options.root, file) === 'slides') {
      // A slide module changed: every open deck replaces its slides in place and keeps its slide and
      // step (see the runtime's talk:update-deck); other windows decide for themselves. The deck
      // goes without its notes, as its module does: the deck page never receives a note. Every
      // slide goes whole: the page replaces all of them, placeholders included.
      for (const deck of state.compiled.decks.values()) server.ws.send({ type: 'custom', event: 'talk:update-deck', data: pageDeck(deck) });
      return;
    }
    server.ws.send({ type: 'full-reload' });
  }
}

function notesChange(root: string, file: string): { slideId: string; locale: Locale } | undefined {
  const [dir, locale, name] = path.relative(root, file).split(path.sep);
  if (dir !== 'speaker-notes' || !name?.endsWith('.md')) return undefined;
  const known = LOCALES.find((l) => l === locale);
  return known ? { slideId: name.slice(0, -3), locale: known } : undefined;
}
