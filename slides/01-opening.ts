import { defineSection } from '#talk';

export default defineSection({
  id: 'opening',
  title: { en: 'Opening', zh: '开场' },
  slides: [
    {
      id: 'title',
      layout: 'title',
      minutes: 1,
      title: { en: 'Sora, and what a follower cannot see', zh: 'Sora,以及追赶者看不到的东西' },
      subtitle: {
        en: 'Yuandong Tian (Meta FAIR) on OpenAI’s text-to-video model',
        zh: '田渊栋(Meta FAIR)谈 OpenAI 的文生视频模型',
      },
      blocks: [
        {
          kind: 'statement',
          text: {
            en: 'From an interview by 《知识分子》 (The Intellectual), 16 March 2024',
            zh: '来自《知识分子》的访谈,2024 年 3 月 16 日',
          },
        },
      ],
    },
  ],
});
