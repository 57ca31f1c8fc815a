import { defineSection } from '#talk';
import { LARGE, TIAN, WHERE } from './shared/interview.ts';

export default defineSection({
  id: 'follower',
  title: { en: 'The follower’s mindset', zh: '追赶者心态' },
  slides: [
    {
      id: 'follower-mindset',
      minutes: 1,
      title: { en: 'Catching up never leads', zh: '追赶永远追不上' },
      blocks: [
        {
          kind: 'quote',
          original: '追赶者往往会觉得我什么事情都要听,最好是到各种渠道听到别人怎么做的,我就跟着做,这样其实永远追不上别人。',
          translation:
            'Followers tend to feel they must hear about everything, ideally learning through every channel how others do it and then doing the same; that way, in fact, you never catch up.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'The first problem is tolerance of error (容错性)', zh: '首先是容错性的问题' },
            { en: 'Ask instead: can we build something distinctive of our own?', zh: '换种想法：能不能做出我们这边有特色的东西？' },
          ],
        },
      ],
    },
    {
      id: 'own-direction',
      minutes: 0.75,
      title: { en: 'Sora’s leads had their own directions', zh: 'Sora 的领头人有自己的方向' },
      blocks: [
        {
          kind: 'quote',
          original: 'Sora那几个领头的人本身就是顶刊顶会论文的一作,他们是有自己的研究方向的',
          translation:
            'The people who led Sora were themselves first authors of papers at top journals and conferences; they had research directions of their own.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'They did not copy earlier work: they generated the whole video at once', zh: '不照抄前人的工作：一下子把整个视频生成出来' },
            { en: 'OpenAI’s goal is AGI, not money for now: a big goal leaves room for many paths', zh: 'OpenAI 的目标不是赚钱，而是 AGI：大方向可以有很多发展' },
          ],
        },
      ],
    },
    {
      id: 'follower-loop',
      minutes: 1,
      title: { en: 'The follower’s loop and the leader’s', zh: '追赶者的循环与领先者的循环' },
      blocks: [
        {
          kind: 'mermaid',
          source: {
            en: [
              ...LARGE,
              'flowchart TB',
              '  subgraph F["Follower"]',
              '    direction LR',
              '    F1["Hear how<br/>others did it"] --> F2["Copy it,<br/>small and safe"] --> F3["Expect quick<br/>returns"] --> F4["Still one<br/>step behind"]',
              '    F4 --> F1',
              '  end',
              '  subgraph L["Leader"]',
              '    direction LR',
              '    L1["Own research<br/>direction"] --> L2["Patient capital,<br/>room for error"] --> L3["Years of<br/>persistence"] --> L4["Something<br/>distinctive"]',
              '    L4 -->|"success brings confidence and money"| L1',
              '  end',
              '  F ~~~ L',
            ].join('\n'),
            zh: [
              ...LARGE,
              'flowchart TB',
              '  subgraph F["追赶者"]',
              '    direction LR',
              '    F1["打听别人<br/>怎么做"] --> F2["跟着做，<br/>小规模试探"] --> F3["希望回报<br/>快一些"] --> F4["还是落后<br/>一步"]',
              '    F4 --> F1',
              '  end',
              '  subgraph L["领先者"]',
              '    direction LR',
              '    L1["自己的<br/>研究方向"] --> L2["有耐心的资本，<br/>容错"] --> L3["多年<br/>坚持"] --> L4["有特色的<br/>东西"]',
              '    L4 -->|"成功带来自信和钱"| L1',
              '  end',
              '  F ~~~ L',
            ].join('\n'),
          },
          caption: {
            en: 'Copying keeps you one step behind; your own direction can compound',
            zh: '照着做只会落后一步；沿自己的方向走，才会形成正向循环',
          },
          alt: {
            en: 'Two loops. The follower hears how others did it, copies it on a small and safe scale, expects quick returns, and is still one step behind, so it starts over. The leader has its own research direction, patient capital and room for error, persists for years, makes something distinctive, and the success brings confidence and money back to its direction.',
            zh: '两个循环。追赶者打听别人怎么做，跟着做小规模试探，希望回报快一些，结果还是落后一步，于是再从头开始。领先者有自己的研究方向，有耐心的资本和容错，坚持多年，做出有特色的东西，成功带来的自信和钱又回到自己的方向上。',
          },
        },
      ],
    },
    {
      id: 'patient-capital',
      minutes: 0.75,
      title: { en: 'Patient capital, kept promises', zh: '有耐心的资本，遵守的承诺' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'In the US, backers often invest and then leave a company alone for years; at home, money wants to double fast', zh: '美国的投资者常常长期不干预；国内更希望回报快，给了钱就希望立刻翻倍' },
            { en: '2014: Microsoft closed its Silicon Valley lab and lost top researchers’ trust for years', zh: '2014 年，微软裁撤硅谷研究院，很长时间失去顶级研究者的信任' },
          ],
        },
        {
          kind: 'quote',
          step: true,
          original: '这种坚持也是会给公司带来很大收益的,比如LLaMA就是让公司能够在关键时刻拿出来的成果。',
          translation:
            'Persisting like this also pays off for the company: LLaMA, for example, was a result it could bring out at a critical moment.',
          speaker: TIAN,
          where: WHERE,
        },
      ],
    },
    {
      id: 'diversity',
      minutes: 0.5,
      title: { en: 'Diversity, not one-sidedness', zh: '多元，而不是一边倒' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'At home, one or two topics get hot and everyone talks about them', zh: '国内一两个点特别火，突然间大家都在谈论' },
            { en: 'Abroad, many simply keep doing their own work and ignore the hot topic', zh: '国外更多元，很多人不跟热点，好好做自己的' },
          ],
        },
        {
          kind: 'quote',
          step: true,
          original: '尤其是从第一性原理出发去思考问题,形成独到见解和观点。',
          translation: 'Above all, think from first principles and form insights and views of your own.',
          speaker: TIAN,
          where: WHERE,
        },
      ],
    },
    {
      id: 'other-directions',
      minutes: 0.5,
      title: { en: 'Plenty of directions besides the hottest one', zh: '最火的方向之外，还有很多方向' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Efficient training: GaLore [4], memory-efficient pre-training', zh: '高效训练：省内存的预训练方案 GaLore [4]' },
            { en: 'Fast inference on devices: MobileLLM [5], 350M parameters', zh: '快速推理：仅用 350M 参数的 MobileLLM [5]' },
            { en: 'Reasoning by search and planning: Searchformer [6]', zh: '通过搜索和规划来推理：Searchformer [6]' },
            { en: 'Safety, multi-step reasoning, working with solvers', zh: '安全性、多步推理、与求解器高效结合' },
          ],
        },
      ],
    },
    {
      id: 'persistence',
      minutes: 0.5,
      title: { en: 'Innovation comes from persistence', zh: '坚持是创新的源泉' },
      blocks: [
        {
          kind: 'quote',
          original: '在自己的方向上坚持很多很多年,这正是创新的源泉所在。',
          translation: 'Sticking to your own direction for many, many years: that is exactly where innovation comes from.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: '2012: deep learning replaced feature engineering and linear classifiers', zh: '2012 年深度学习爆发，取代了特征工程和线性分类器' },
            { en: 'It took a small group of researchers more than ten years of persistence', zh: '背后是“一小撮”研究员长达十几年的坚持' },
          ],
        },
      ],
    },
  ],
});
