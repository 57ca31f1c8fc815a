import { defineSection } from '#talk';
import { TIAN, WHERE } from './shared/interview.ts';

export default defineSection({
  id: 'bold',
  title: { en: 'A bold approach', zh: '大胆的方案' },
  slides: [
    {
      id: 'bold-approach',
      minutes: 1,
      title: { en: 'OpenAI’s approach was bold', zh: 'OpenAI 的方案很大胆' },
      blocks: [
        {
          kind: 'math',
          tex: 'T = 60\\ \\mathrm{s} \\times 24\\ \\mathrm{fps} = 1440',
          caption: { en: 'Frames in one minute of video, all generated at once', zh: '一分钟视频的帧数，全部一次性生成' },
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Shortcuts: downsample, or start from a text-to-image model. Both cost quality', zh: '捷径：先减采样，或从文生图模型出发。两者都影响最终效果' },
          ],
        },
        {
          kind: 'quote',
          step: true,
          original: '对于大多数人来说,OpenAI的方案很大胆,大部分团队都会保守一点。',
          translation: 'For most people, OpenAI’s approach was bold; most teams would have been more conservative.',
          speaker: TIAN,
          where: WHERE,
        },
      ],
    },
    {
      id: 'attention-cost',
      minutes: 0.75,
      title: { en: 'Why the data volume hurts: attention is quadratic', zh: '数据量为什么难：注意力是平方级的' },
      blocks: [
        {
          kind: 'math',
          tex: 'N = \\frac{T}{4} \\times \\Big(\\frac{1024}{8 \\times 2}\\Big)^{2} = 360 \\times 4096 = 1\\,474\\,560',
          caption: {
            en: 'Spacetime patches, illustrative: 1024 × 1024 frames, 4× time and 8× space compression, 2 × 2 patches',
            zh: '时空 patch 数（示意）：1024 × 1024 的画面，时间压缩 4 倍、空间压缩 8 倍，2 × 2 的 patch',
          },
        },
        {
          kind: 'math',
          step: true,
          tex: '\\text{self-attention} = O(N^{2}),\\qquad N^{2} \\approx 2.2 \\times 10^{12}',
          caption: { en: 'Every patch attends to every other patch', zh: '每个 patch 都要和所有其他 patch 计算注意力' },
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Halve the resolution: N ÷ 4, attention cost ÷ 16. Hence the temptation to downsample', zh: '分辨率减半：N 变为 1/4，注意力开销变为 1/16。这就是减采样的诱惑' },
          ],
        },
      ],
    },
    {
      id: 'compute-data-boldness',
      minutes: 0.75,
      layout: 'split',
      title: { en: 'Compute, data, and boldness', zh: '算力、数据，加上大胆' },
      blocks: [
        {
          kind: 'quote',
          original: '最终的成功是多个因素共同作用的结果,需要有足够的算力、数据,同时方案也需要足够大胆。',
          translation: 'Success in the end came from several factors together: enough compute and data, and an approach that was bold enough.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'The pace, as Tian heard it: nearly a year, perhaps 4 hours of sleep a night', zh: '据田渊栋听说：做了将近一年，可能一天只睡 4 个小时' },
            { en: 'Lots of GPUs and data: one could say, with little regard for cost', zh: '大量 GPU 和数据：可以认为是不太计成本' },
          ],
        },
        {
          kind: 'image',
          src: 'images/scale.svg',
          alt: {
            en: 'Why the compute: one minute of video is 1440 frames, 360 latent frames after compressing time 4 times; each has 64 by 64, that is 4096, patches; so N is about 1.5 million tokens, and attention pairs every token with every other: N squared, about 2.2 times 10 to the 12, pairs in every layer and every denoising step.',
            zh: '为什么需要这么多算力：一分钟视频是 1440 帧，时间压缩 4 倍后是 360 帧潜在表示；每帧 64 × 64，即 4096 个 patch；于是 N 约为 150 万个 token，注意力要把每个 token 和所有其他 token 配对：每层、每一步去噪约 2.2 × 10¹² 对。',
          },
        },
      ],
    },
    {
      id: 'scale-up',
      minutes: 0.5,
      title: { en: 'Not a theoretical breakthrough, but a scale-up', zh: '不是理论突破，而是 scale up' },
      blocks: [
        {
          kind: 'quote',
          original: '对,他们只是做成了这件事,告诉大家这个方向是可行的。',
          translation: 'Right. They simply got it done, and showed everyone that this direction works.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'As DeepMind did before: pile up compute and people, scale existing work to the limit', zh: '以前的 DeepMind 也是这样：堆算力和人力，把现有工作 scale up 做到极致' },
            { en: 'Proof that it can be done draws everyone else in', zh: '证明了可行，大家就有动力跟上' },
          ],
        },
      ],
    },
    {
      id: 'believing-is-seeing',
      minutes: 0.75,
      title: { en: 'Because they believed, they saw', zh: '因为相信所以看到' },
      blocks: [
        {
          kind: 'quote',
          original: 'OpenAI内部的员工,他们每天工作的任务之一就是相信AGI(通用人工智能)马上就要实现了。',
          translation: 'Part of the daily job of people inside OpenAI is to believe that AGI (artificial general intelligence) is about to arrive.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'A self-fulfilling belief: one thing every day for a year goes a long way', zh: '自我实现的信念：一年每天只做一件事，能在一个方向上走得很远' },
            { en: 'A virtuous circle: success → confidence → money → resources → better work', zh: '正向循环：成功 → 自信 → 资金 → 资源 → 更好的东西' },
          ],
        },
      ],
    },
  ],
});
