import { defineDeck } from '#talk';

export default defineDeck({
  id: 'meetup',
  title: { en: 'Sora, and what a follower cannot see', zh: 'Sora，以及追赶者看不到的东西' },
  author: { en: 'After an interview with Yuandong Tian', zh: '根据田渊栋访谈整理' },
  budgetMinutes: 25,
  entries: ['opening', 'progress', 'bold', 'physics', 'follower', 'closing'],
});
