import { defineSection } from '#talk';
import { TIAN, WHERE } from './shared/interview.ts';

/** The arXiv papers the interview cites, [2]-[6]. */
const ARXIV = {
  hgap: 'https://arxiv.org/abs/2312.02682',
  dwm: 'https://arxiv.org/abs/2402.03570',
  galore: 'https://arxiv.org/abs/2403.03507',
  mobilellm: 'https://arxiv.org/abs/2402.14905',
  searchformer: 'https://arxiv.org/abs/2402.14083',
};

export default defineSection({
  id: 'closing',
  title: { en: 'Closing', zh: '结语' },
  slides: [
    {
      id: 'seek-the-way',
      minutes: 0.75,
      layout: 'center',
      title: { en: 'Seekers of the Way heed neither cold nor heat', zh: '求道之人，不问寒暑' },
      blocks: [
        {
          kind: 'quote',
          original: '我在知乎上也一直有一个《求道之人,不问寒暑》的博客系列。快十年过去了,这个初心还是没有变。',
          translation:
            'On Zhihu I have long kept a blog series called “Seekers of the Way heed neither cold nor heat”. Nearly ten years on, that original aim has not changed.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'statement',
          step: true,
          text: {
            en: 'Choose a direction that fits you, and stay with it.',
            zh: '选择符合自身背景和兴趣的方向，并且一直坚持。',
          },
        },
      ],
    },
    {
      id: 'takeaways',
      minutes: 0.75,
      title: { en: 'What to take home', zh: '可以带走的几点' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Sora pushed a boundary on years of quiet groundwork, with compute, data and boldness', zh: 'Sora 是拓展边界的工作：站在多年积累之上，加上算力、数据和魄力' },
            { en: 'Video models still lack human common sense, and how to teach machines that understanding is not known yet', zh: '视频模型还没有达到人类常识；怎样让机器学会这种理解，目前还没有找到方法' },
            { en: 'Following the hot topic keeps you behind; your own direction can lead', zh: '跟着热点跑只会落后；沿自己的方向走才可能领先' },
            { en: 'Research needs patience: from backers, from employers, from yourself', zh: '研究需要耐心：投资者的、公司的，还有自己的' },
          ],
        },
      ],
    },
    {
      id: 'references',
      minutes: 0.25,
      title: { en: 'References', zh: '参考文献' },
      blocks: [
        {
          kind: 'bullets',
          items: [
            {
              en: 'The interview: 《知识分子》, by 张天祁 and 陈晓雪 (written by 张天祁), 16 March 2024; reprinted with permission from 赛先生 (ID: mrscience100)',
              zh: '访谈：《知识分子》，张天祁、陈晓雪访谈，张天祁撰文，2024 年 3 月 16 日；经授权转载自赛先生（ID：mrscience100）',
            },
          ],
        },
        {
          kind: 'references',
          // Authors without a final period: the reference renderer adds one.
          items: [
            { label: '[1]', title: 'How has AI developed over the years and what’s next (source of the timeline image)', url: 'https://freedomandsafety.com/en/content/blog/how-has-ai-developed-over-years-and-whats-next' },
            { label: '[2]', title: 'H-GAP: Humanoid Control with a Generalist Planner', authors: 'Jiang et al', year: 2024, url: ARXIV.hgap, arxiv: '2312.02682' },
            { label: '[3]', title: 'Diffusion World Model: Future Modeling Beyond Step-by-Step Rollout for Offline Reinforcement Learning', authors: 'Ding, Zhang, Tian, Zheng', year: 2024, url: ARXIV.dwm, arxiv: '2402.03570' },
            { label: '[4]', title: 'GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection', authors: 'Zhao et al', year: 2024, url: ARXIV.galore, arxiv: '2403.03507' },
            { label: '[5]', title: 'MobileLLM: Optimizing Sub-billion Parameter Language Models for On-Device Use Cases', authors: 'Liu et al', year: 2024, url: ARXIV.mobilellm, arxiv: '2402.14905' },
            { label: '[6]', title: 'Beyond A*: Better Planning with Transformers via Search Dynamics Bootstrapping (Searchformer)', authors: 'Lehnert et al', year: 2024, url: ARXIV.searchformer, arxiv: '2402.14083' },
          ],
        },
      ],
    },
    {
      id: 'references-qr',
      minutes: 0.25,
      title: { en: 'Scan to read the papers', zh: '扫码阅读论文' },
      blocks: [
        {
          kind: 'columns',
          columns: [
            [{ kind: 'qr', url: ARXIV.hgap, caption: { en: '[2] H-GAP', zh: '[2] H-GAP' } }],
            [{ kind: 'qr', url: ARXIV.dwm, caption: { en: '[3] Diffusion World Model', zh: '[3] Diffusion World Model' } }],
            [{ kind: 'qr', url: ARXIV.galore, caption: { en: '[4] GaLore', zh: '[4] GaLore' } }],
            [{ kind: 'qr', url: ARXIV.mobilellm, caption: { en: '[5] MobileLLM', zh: '[5] MobileLLM' } }],
            [{ kind: 'qr', url: ARXIV.searchformer, caption: { en: '[6] Searchformer', zh: '[6] Searchformer' } }],
          ],
        },
      ],
    },
  ],
});
