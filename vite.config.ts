import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { talkPlugin } from './src/vite/index.ts';

// `npm start` and `npm run build` pass --deck and friends through TALK_* variables (src/cli).
export default defineConfig({
  // Relative URLs: the built site works from any sub-path, e.g. /talks/sora/.
  base: './',
  // The dev server's pre-bundled dependencies live with our other caches, not inside node_modules.
  cacheDir: '.cache/vite',
  plugins: talkPlugin({
    // TALK_ROOT: another library (slides/, speaker-notes/, assets/) than this project's, e.g. the benchmark's.
    root: process.env.TALK_ROOT || undefined,
    deck: process.env.TALK_DECK || undefined,
    withoutNotes: process.env.TALK_NO_NOTES === '1',
    remoteSecret: process.env.TALK_REMOTE_SECRET || undefined,
    // TALK_THEME: the theme when the URL names none (npm run build -- --theme, npm run export).
    theme: process.env.TALK_THEME || undefined,
  }),
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    outDir: process.env.TALK_OUT_DIR || 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    // The deck and its speaker view (opened by S, next to the deck so it works from any sub-path).
    // The phone remote (remote.html) needs the dev server and is served by `npm start` only.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        speaker: fileURLToPath(new URL('speaker.html', import.meta.url)),
        // The list of every deck with its length and slide count (the root stays the default deck).
        decks: fileURLToPath(new URL('decks.html', import.meta.url)),
      },
    },
  },
});
