import { defineConfig } from 'vite';
import { talkPlugin } from './src/build/index.ts';

// `npm start` and `npm run build` pass --deck and friends through TALK_* variables (src/cli).
export default defineConfig({
  // Relative URLs: the built site works from any sub-path, e.g. /talks/sora/.
  base: './',
  plugins: talkPlugin({
    deck: process.env.TALK_DECK || undefined,
    withoutNotes: process.env.TALK_NO_NOTES === '1',
  }),
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { outDir: process.env.TALK_OUT_DIR || 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
});
