import { defineSection } from '#talk';

export default defineSection({
  id: 'progress',
  title: { en: 'Faster than expected', zh: '比预期更快' },
  slides: [
    {
      id: 'sora-progress',
      minutes: 2,
      title: { en: 'Sora’s progress came faster than expected', zh: 'Sora 的进展比预期更快' },
      blocks: [
        {
          kind: 'quote',
          original: 'Sora的进展比我预期的快。',
          translation: 'Sora progressed faster than I expected.',
          speaker: { en: 'Yuandong Tian', zh: '田渊栋' },
          where: { en: '《知识分子》, 2024', zh: '《知识分子》,2024' },
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'One-minute videos, where earlier models made a few seconds', zh: '一分钟的视频,而此前的模型只有几秒' },
            { en: 'Whole-sequence diffusion instead of predicting the next frame', zh: '对整个序列做扩散,而不是预测下一帧' },
          ],
        },
      ],
    },
    {
      id: 'diffusion-pipeline',
      minutes: 2,
      title: { en: 'How Sora makes a video', zh: 'Sora 如何生成视频' },
      blocks: [
        {
          kind: 'mermaid',
          source: {
            en: 'flowchart LR\n  P["Text prompt"] --> E["Text encoder"]\n  N["Random noise"] --> D["Diffusion Transformer<br/>denoising steps"]\n  E --> D\n  D --> L["Clean latent tokens"]\n  L --> V["Decoder"] --> O["Video"]',
            zh: 'flowchart LR\n  P["文本描述"] --> E["文本编码器"]\n  N["随机噪音"] --> D["Diffusion Transformer<br/>逐步去噪"]\n  E --> D\n  D --> L["干净的潜在 Token"]\n  L --> V["解码器"] --> O["视频"]',
          },
          caption: { en: 'The diffusion pipeline, as Tian describes it', zh: '田渊栋描述的扩散生成流程' },
          alt: {
            en: 'A text prompt goes through a text encoder; random noise is denoised step by step by a Diffusion Transformer conditioned on the text; the clean latent tokens are decoded into a video.',
            zh: '文本描述经过文本编码器;Diffusion Transformer 在文本条件下把随机噪音逐步去噪;得到的潜在 Token 经解码器变成视频。',
          },
        },
      ],
    },
  ],
});
