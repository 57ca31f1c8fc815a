import { defineDeck } from '#talk';

/** The core message in six slides: how Sora works, why it worked, what it lacks, what to learn. */
export default defineDeck({
  id: 'lightning',
  title: { en: 'Sora in five minutes: what a follower cannot see', zh: '五分钟看 Sora：追赶者看不到的东西' },
  author: { en: 'After an interview with Yuandong Tian', zh: '根据田渊栋访谈整理' },
  budgetMinutes: 5,
  entries: ['title', 'whole-sequence', 'compute-data-boldness', 'two-levels', 'follower-loop', 'seek-the-way'],
});
