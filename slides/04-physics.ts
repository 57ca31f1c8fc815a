import { defineSection } from '#talk';

export default defineSection({
  id: 'physics',
  title: { en: 'Common sense first', zh: '先达到常识' },
  slides: [
    {
      id: 'two-levels',
      minutes: 2,
      title: { en: 'Two levels of understanding the physical world', zh: '理解物理世界的两个阶段' },
      blocks: [
        {
          kind: 'quote',
          original: '我们可以将挑战分为两个阶段:首先是达到人类常识水平的理解,目前还未达到;其次是实现高精度的物理模拟水平,这就更加遥远了。',
          translation:
            'We can split the challenge into two stages: first, understanding at the level of human common sense, which has not been reached yet; second, high-precision physical simulation, which is further away still.',
          speaker: { en: 'Yuandong Tian', zh: '田渊栋' },
          where: { en: '《知识分子》, 2024', zh: '《知识分子》,2024' },
        },
      ],
    },
  ],
});
