import { defineSection } from '#talk';
import { LARGE, TIAN, WHERE } from './shared/interview.ts';

export default defineSection({
  id: 'physics',
  title: { en: 'Common sense first', zh: '先达到常识' },
  slides: [
    {
      id: 'physics-failures',
      minutes: 1,
      title: { en: 'Where Sora still breaks', zh: 'Sora 还会在哪里出错' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Walking puppies merge; one dog’s tail becomes another’s. A cat grows a third leg.', zh: '几只小狗走着走着融合在一起，尾巴换到另一只狗身上；猫突然出现三只脚' },
            { en: 'An octopus’s suckers slide along its arm. A breaking glass cannot be simulated.', zh: '章鱼的吸盘在手臂上移动；玻璃杯破碎的过程模拟不出来' },
          ],
        },
        {
          kind: 'quote',
          step: true,
          original: '这些奇怪情况的发生,说明这个模型并没有完全学会现实世界的一些物体的结构,或者说它们之间的一些关系。',
          translation:
            'These oddities show that the model has not fully learned the structure of real-world objects, or the relations between them.',
          speaker: TIAN,
          where: WHERE,
        },
      ],
    },
    {
      id: 'two-levels',
      minutes: 1,
      title: { en: 'Two levels of understanding the physical world', zh: '理解物理世界的两个阶段' },
      blocks: [
        {
          kind: 'mermaid',
          source: [
            ...LARGE,
            'flowchart LR',
            '  T["{{today}}"] -->|"{{level1}}"| C["{{commonSense}}"]',
            '  C -->|"{{level2}}"| S["{{simulation}}"]',
          ].join('\n'),
          labels: {
            today: { en: 'Today’s video models:\nsome clips break\ncommon sense', zh: '今天的视频模型\n有些明显违反\n人类常识' },
            level1: { en: 'level 1: not reached yet', zh: '第一阶段：\n还未达到' },
            commonSense: { en: 'Human common sense:\nobjects keep their shape', zh: '人类常识水平\n物体保持结构' },
            level2: { en: 'level 2: much further away', zh: '第二阶段：\n更加遥远' },
            simulation: { en: 'High-precision simulation,\nlike film VFX software', zh: '高精度的物理模拟\n如电影特效软件' },
          },
          caption: {
            en: 'First human common sense, then the precision of a physics simulator',
            zh: '先达到人类常识，再达到物理模拟软件的精度',
          },
          alt: {
            en: 'Three boxes from left to right: video models today, some of whose clips break common sense; level 1, human common sense, not reached yet; level 2, high-precision physical simulation as in film VFX software, much further away.',
            zh: '从左到右三个方框：今天的视频模型，有些明显违反人类常识；第一阶段，人类常识水平的理解，还未达到；第二阶段，像电影特效软件那样的高精度物理模拟，更加遥远。',
          },
        },
        {
          kind: 'quote',
          original: '首先是达到人类常识水平的理解,目前还未达到;其次是实现高精度的物理模拟水平,这就更加遥远了。',
          translation:
            'First, understanding at the level of human common sense, which has not been reached yet; then, high-precision physical simulation, which is further away still.',
          speaker: TIAN,
          where: WHERE,
        },
      ],
    },
    {
      id: 'ninety-percent',
      minutes: 0.75,
      title: { en: '90% is like autonomous driving', zh: '90% 的情况，就像自动驾驶' },
      blocks: [
        {
          kind: 'quote',
          original: '最终,模型可能会在90%的情况下表现良好,但总会有一些情况,例如两个物体之间的碰撞或相互作用,模型可能无法很好地处理。',
          translation:
            'In the end a model may do well 90% of the time, but there will always be cases, such as two objects colliding or interacting, that it may not handle well.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Interactions between objects are endless: unseen cases keep coming', zh: '物体之间的关系无限多，总有从未遇到过的情况' },
            { en: 'People cope through high-level understanding; compute and data alone struggle', zh: '人靠高层次的理解应对；只靠算力和数据相当困难' },
          ],
        },
      ],
    },
    {
      id: 'search-and-llms',
      minutes: 1,
      title: { en: 'AlphaGo and large models are complements', zh: 'AlphaGo 与大模型是互补的' },
      blocks: [
        {
          kind: 'mermaid',
          source: [
            ...LARGE,
            'flowchart LR',
            '  A["{{alphaGo}}"] -.->|"{{perhaps}}"| C["{{decisions}}"]',
            '  B["{{largeModels}}"] -.-> C',
          ].join('\n'),
          labels: {
            alphaGo: { en: 'AlphaGo:\nbetter at decisions,\nbut people write the rules', zh: 'AlphaGo\n更会做决策，\n但规则要由人写入' },
            perhaps: { en: 'perhaps, one day', zh: '也许以后' },
            decisions: { en: 'Decisions more\nlike a person’s', zh: '更像人的决策' },
            largeModels: { en: 'Large models\nlearn the rules from data,\nstart to adapt in context', zh: '大模型\n从数据中学出规则，\n开始有适应能力' },
          },
          caption: {
            en: 'Large models may one day be joined with decision-making methods: his “perhaps”',
            zh: '大模型也许以后会和决策的方案拼起来',
          },
          alt: {
            en: 'Two boxes with dashed arrows to a third: AlphaGo is better at decisions but needs rules written by people; large models learn rules from data and are starting to adapt in context; perhaps, one day, joined together, they give decisions more like a person’s.',
            zh: '两个方框以虚线指向第三个：AlphaGo 更会做决策，但规则要由人写入；大模型从数据中学出规则，开始有适应能力；也许以后两者拼起来，能得到更像人的决策。',
          },
        },
        {
          kind: 'quote',
          original: '这两者是互补的关系。',
          translation: 'The two complement each other.',
          speaker: TIAN,
          where: WHERE,
        },
      ],
    },
    {
      id: 'new-rules',
      minutes: 0.75,
      title: { en: 'Change the rules, and people adapt at once', zh: '规则变了，人马上能适应' },
      blocks: [
        {
          kind: 'quote',
          original: '如果是一盘棋改了规则或者改变了初始的棋子位置,棋手马上能适应并且下出很好的棋。',
          translation:
            'If a game changes its rules or its starting position, a player adapts at once and still plays well.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'An AI may have to be trained all over again', zh: '对 AI 来说，这可能意味着得重新训练一遍' },
            { en: 'LLMs are starting to adapt: in-context learning takes on a new task without training', zh: '大模型开始有适应能力：in-context learning 不用训练就能适应新任务' },
          ],
        },
      ],
    },
  ],
});
