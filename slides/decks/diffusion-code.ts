import { defineDeck } from '#talk';

/**
 * An English-only lecture: its own slides (slides/09-diffusion-code.ts) around slides of the talk.
 * The talk's slides it shows need English only here (they have Chinese for the talk's decks).
 */
export default defineDeck({
  id: 'diffusion-code',
  languages: ['en'],
  title: 'Diffusion models in code',
  subtitle: 'A short lecture, with slides from the Sora talk',
  author: 'A lecturer',
  budgetMinutes: 20,
  entries: [
    'dc-title',
    { section: 'progress', slides: ['diffusion-pipeline'] },
    { section: 'deep-dive', slides: ['forward-and-reverse'] },
    { section: 'diffusion-code', slides: ['dc-forward', 'dc-objective', 'dc-sampling', 'dc-sampling-code', 'dc-samplers', 'dc-denoise-video'] },
    { section: 'deep-dive', slides: ['dit-block'] },
    { section: 'diffusion-code', slides: ['dc-bitter-lesson'] },
    'references',
  ],
});
