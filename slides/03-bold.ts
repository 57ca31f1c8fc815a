import { defineSection } from '#talk';

export default defineSection({
  id: 'bold',
  title: { en: 'A bold approach', zh: '大胆的方案' },
  slides: [
    {
      id: 'bold-approach',
      minutes: 2,
      title: { en: 'OpenAI’s approach was bold', zh: 'OpenAI 的方案很大胆' },
      blocks: [
        {
          kind: 'math',
          tex: '60\\,\\text{s} \\times 24\\,\\text{fps} = 1440\\ \\text{frames}',
          caption: { en: 'One minute of video, all generated at once', zh: '一分钟的视频,一次性生成' },
        },
        {
          kind: 'quote',
          step: true,
          original: '对于大多数人来说,OpenAI的方案很大胆,大部分团队都会保守一点。',
          translation: 'For most people, OpenAI’s approach was bold; most teams would have been more conservative.',
          speaker: { en: 'Yuandong Tian', zh: '田渊栋' },
          where: { en: '《知识分子》, 2024', zh: '《知识分子》,2024' },
        },
      ],
    },
  ],
});
