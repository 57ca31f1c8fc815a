import { defineDeck } from '#talk';

/** The 45-minute lecture: the whole argument, a technical deep dive, discussion questions, references. */
export default defineDeck({
  id: 'lecture',
  title: { en: 'Sora, and what a follower cannot see: a lecture', zh: 'Sora，以及追赶者看不到的东西：课堂版' },
  subtitle: {
    en: 'Yuandong Tian’s interview, with a deep dive into diffusion and DiT',
    zh: '田渊栋访谈解读，附扩散模型与 DiT 详解',
  },
  author: { en: 'After an interview with Yuandong Tian', zh: '根据田渊栋访谈整理' },
  budgetMinutes: 45,
  entries: ['opening', 'progress', 'bold', 'deep-dive', 'physics', 'follower', 'discussion', 'closing'],
});
