import { defineSection } from '#talk';

export default defineSection({
  id: 'discussion',
  title: { en: 'Discussion', zh: '讨论' },
  slides: [
    {
      id: 'discuss-technique',
      minutes: 2.5,
      title: { en: 'Discuss: whole sequence or next frame?', zh: '讨论：整段生成，还是逐帧预测？' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Why does predicting the next frame accumulate error, and what does diffusion over the whole sequence give up in return?', zh: '为什么逐帧预测会累计误差？一次性生成整个序列又付出了什么代价？' },
            { en: 'Attention grows with the square of the number of patches: how would you make a two-minute video affordable?', zh: '注意力的代价随 patch 数的平方增长：怎样才能负担得起两分钟的视频？' },
            { en: 'Would downsampling, or starting from a text-to-image model, really have been worse? How could you test it?', zh: '先减采样、或从文生图模型出发，真的会更差吗？怎样验证？' },
          ],
        },
      ],
    },
    {
      id: 'discuss-common-sense',
      minutes: 2.5,
      title: { en: 'Discuss: can more data teach common sense?', zh: '讨论：更多数据能学会常识吗？' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Pick one failure (merging dogs, a three-legged cat): what would a model need to know to avoid it?', zh: '选一个失败案例（融合的小狗、三只脚的猫）：模型要知道什么才能避免？' },
            { en: 'Where is “90% good” enough, and where, as in driving, is it not?', zh: '在哪些场景“90% 的情况表现良好”就够了？哪些场景（比如自动驾驶）不够？' },
            { en: 'Sketch how search and planning could work with a learned video model', zh: '设想一下：搜索与规划怎样和学出来的视频模型结合？' },
          ],
        },
      ],
    },
    {
      id: 'discuss-research',
      minutes: 2.5,
      title: { en: 'Discuss: following or leading?', zh: '讨论：追赶，还是引领？' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Name a result you know that came from years of unfashionable persistence', zh: '举一个你知道的、来自多年“不热门”坚持的成果' },
            { en: 'What would “tolerance of error” look like in your lab, team or company?', zh: '在你的实验室、团队或公司里，“容错性”具体是什么样子？' },
            { en: 'Which direction fits your own background and interests, and who would back you?', zh: '哪个方向符合你自身的背景和兴趣？谁会支持你？' },
          ],
        },
      ],
    },
  ],
});
