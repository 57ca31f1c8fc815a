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
            { en: 'Tolerance of error (容错性) really is a problem', zh: '容错性确实是个问题' },
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
            { en: 'OpenAI’s goal seems to be not money but AGI: a big direction with room for many developments', zh: 'OpenAI 的目标似乎不是赚钱，而是 AGI：大方向可以有很多发展' },
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
          source: [
            ...LARGE,
            'flowchart TB',
            '  subgraph F["{{follower}}"]',
            '    direction LR',
            '    F1["{{hear}}"] --> F2["{{same}}"] --> F3["{{quick}}"] --> F4["{{never}}"]',
            '    F4 --> F1',
            '  end',
            '  subgraph L["{{leader}}"]',
            '    direction LR',
            '    L1["{{direction}}"] --> L2["{{capital}}"] --> L3["{{persistence}}"] --> L4["{{distinctive}}"]',
            '    L4 -->|"{{success}}"| L1',
            '  end',
            '  F ~~~ L',
          ].join('\n'),
          labels: {
            follower: { en: 'Follower', zh: '追赶者' },
            hear: { en: 'Hear how\nothers did it', zh: '打听别人\n怎么做' },
            same: { en: 'Do the\nsame', zh: '跟着做' },
            quick: { en: 'Hope for quick\nreturns', zh: '希望回报\n快一些' },
            never: { en: 'Never\ncatch up', zh: '永远\n追不上' },
            leader: { en: 'Leader', zh: '领先者' },
            direction: { en: 'Own research\ndirection', zh: '自己的\n研究方向' },
            capital: { en: 'Patient capital,\nroom for error', zh: '有耐心的资本，\n容错' },
            persistence: { en: 'Years of\npersistence', zh: '多年\n坚持' },
            distinctive: { en: 'Something\ndistinctive', zh: '有特色的\n东西' },
            success: { en: 'success brings confidence and money', zh: '成功带来自信和钱' },
          },
          caption: {
            en: 'Our synthesis, not Tian’s diagram: the boxes are his points, the loops our drawing',
            zh: '我们的归纳，不是田渊栋画的图：方框是他的观点，循环是我们画的',
          },
          alt: {
            en: 'Our synthesis of Tian’s points as two loops. The follower hears how others did it, does the same, hopes for quick returns, and never catches up, so it starts over. The leader has its own research direction, patient capital and room for error, persists for years, makes something distinctive, and the success brings confidence and money back to its direction.',
            zh: '我们把田渊栋的观点归纳成两个循环。追赶者打听别人怎么做，跟着做，希望回报快一些，结果永远追不上，于是再从头开始。领先者有自己的研究方向，有耐心的资本和容错，坚持多年，做出有特色的东西，成功带来的自信和钱又回到自己的方向上。',
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
            { en: 'In the US, backers often invest and then stay out for a long time; in China, money may want to double at once', zh: '在美国，投资之后很长时间不干预很正常；国内可能更希望回报快，给了钱就希望立刻翻倍' },
            { en: '2014: Microsoft suddenly closed its Silicon Valley lab, lost credibility for a long time, and top people stayed away', zh: '2014 年，微软突然裁撤硅谷研究院，很长一段时间失去信誉，很多顶级的人不愿意过去' },
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
      id: 'researchers-say',
      minutes: 0.75,
      title: { en: 'Top researchers have choices, and a say', zh: '顶尖研究员有选择，也有话语权' },
      blocks: [
        {
          kind: 'quote',
          original: '如果一些公司做出出格的事情,可能就招不到好的研究员了,那公司会迅速滑落到第二甚至第三梯队,这是公司不能接受的。',
          translation:
            'If a company does something out of line, it may no longer be able to hire good researchers, and it will quickly slide to the second or even the third tier, which no company can accept.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            {
              en: 'In the US every side bargains (博弈): employees and bosses, bosses and their bosses, companies and staff, until they find a balance (平衡点)',
              zh: '在美国，各方都在博弈：员工与老板、老板与大老板、公司与员工，最终会找到一个平衡点',
            },
            {
              en: 'In China, competition is fierce: people may have to compromise to make a living (为了生计), and lack a say (话语权)',
              zh: '在国内，竞争激烈，个人可能为了生计而不得不妥协，也缺乏话语权',
            },
          ],
        },
      ],
    },
    {
      id: 'diversity',
      minutes: 0.5,
      title: { en: 'Diversity, not one-sidedness', zh: '多元，而不是一边倒' },
      blocks: [
        {
          kind: 'quote',
          original: '大家也宁愿听别人的,而不是自己去独立思考问题,尤其是从第一性原理出发去思考问题,形成独到见解和观点。',
          translation:
            'People would also rather listen to others than think problems through for themselves, least of all from first principles, to form original insights and views.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'The result, in China: on some questions, opinion may swing all one way (一边倒)', zh: '在国内，这就会导致在一些问题上可能会一边倒' },
            { en: 'Sora itself: one or two topics suddenly get hot in China; in the US many keep doing their own work', zh: 'Sora 就是一例：国内一两个点会突然特别火；国外比较多元，很多人好好做自己的' },
          ],
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
            { en: 'Small models: MobileLLM [5], pre-trained with only 350M parameters, and good results', zh: '小模型：仅用 350M 参数预训练、效果不错的 MobileLLM [5]' },
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
