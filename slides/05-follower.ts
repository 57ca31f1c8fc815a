import { defineSection } from '#talk';

export default defineSection({
  id: 'follower',
  title: { en: 'The follower’s mindset', zh: '追赶者心态' },
  slides: [
    {
      id: 'follower-mindset',
      minutes: 2,
      title: { en: 'Catching up never leads', zh: '追赶永远追不上' },
      blocks: [
        {
          kind: 'quote',
          original: '追赶者往往会觉得我什么事情都要听,最好是到各种渠道听到别人怎么做的,我就跟着做,这样其实永远追不上别人。',
          translation:
            'Followers tend to feel they must hear about everything, ideally learning through every channel how others do it and then doing the same; that way, in fact, you never catch up.',
          speaker: { en: 'Yuandong Tian', zh: '田渊栋' },
          where: { en: '《知识分子》, 2024', zh: '《知识分子》,2024' },
        },
      ],
    },
  ],
});
