import { defineSection } from '#talk';

export default defineSection({
  id: 'opening',
  title: { en: 'Opening', zh: '开场' },
  slides: [
    {
      id: 'title',
      layout: 'title',
      minutes: 0.5,
      title: { en: 'Sora, and what a follower cannot see', zh: 'Sora，以及追赶者看不到的东西' },
      subtitle: {
        en: 'Yuandong Tian (Meta FAIR) on OpenAI’s text-to-video model',
        zh: '田渊栋（Meta FAIR）谈 OpenAI 的文生视频模型',
      },
      blocks: [
        {
          kind: 'statement',
          text: {
            en: 'From an interview by 《知识分子》 (The Intellectual), 16 March 2024',
            zh: '来自《知识分子》的访谈，2024 年 3 月 16 日',
          },
        },
        {
          kind: 'image',
          src: 'images/title-frames.svg',
          alt: {
            en: 'A stack of video frames: the frame at the back is pure noise, each frame nearer is clearer, and the front one shows a clean landscape.',
            zh: '一叠视频帧：最后面的一帧全是噪音，越往前越清晰，最前面的一帧是干净的风景画面。',
          },
        },
      ],
    },
    {
      id: 'about-tian',
      minutes: 0.75,
      title: { en: 'Who is talking, and where', zh: '受访者与访谈' },
      blocks: [
        {
          kind: 'bullets',
          items: [
            {
              en: 'Yuandong Tian (田渊栋): PhD from the Robotics Institute at Carnegie Mellon',
              zh: '田渊栋：卡耐基梅隆大学机器人系博士',
            },
            {
              en: 'Worked on Google’s self-driving car team',
              zh: '曾在谷歌无人驾驶汽车项目组工作',
            },
            {
              en: 'Research scientist and senior manager at Meta AI Research (FAIR) since 2017',
              zh: '2017 年起任 Meta AI Research（FAIR）研究科学家和高级经理',
            },
            {
              en: 'His own field: optimization, search, representation learning, LLM efficiency; not text-to-video',
              zh: '本行是优化、搜索、表示学习和大模型效率，并非专做文生视频',
            },
            {
              en: 'Interviewed by 张天祁 and 陈晓雪 for 《知识分子》, published 16 March 2024',
              zh: '《知识分子》张天祁、陈晓雪访谈，2024 年 3 月 16 日发表',
            },
          ],
        },
      ],
    },
    {
      id: 'agenda',
      minutes: 0.5,
      title: { en: 'Four parts, following the interview', zh: '四个部分，按访谈的顺序' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Sora’s progress came faster than expected', zh: 'Sora 的进展比预期的快' },
            { en: 'OpenAI’s approach was bold', zh: 'OpenAI 的方案很大胆' },
            { en: 'Text-to-video still has to reach human common sense', zh: '文生视频还在努力达到人类常识水平' },
            { en: 'The limits of a follower’s mindset', zh: 'AI 研究追赶者心态的局限' },
          ],
        },
      ],
    },
  ],
});
