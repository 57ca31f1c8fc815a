import { talkConfig } from './src/vite/talk-config.ts';

// For plain `vite` / `vite build` / `vite preview`. `npm start`, `npm run build`, the export and the
// tests do not read this file: they pass their options to talkConfig() themselves.
// TALK_THEME picks the theme shown when the URL names none (light, dark or assets/themes/<name>.css).
export default talkConfig({ theme: process.env.TALK_THEME || undefined });
