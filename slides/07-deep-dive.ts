import { defineSection } from '#talk';

/** Deeper technical slides on diffusion and the Diffusion Transformer, for the 45-minute lecture. */
export default defineSection({
  id: 'deep-dive',
  title: { en: 'Deep dive: diffusion and DiT', zh: '深入：扩散模型与 DiT' },
  slides: [
    {
      id: 'forward-and-reverse',
      minutes: 2.5,
      title: { en: 'Diffusion, forward and backward', zh: '扩散：正向加噪，反向去噪' },
      blocks: [
        {
          kind: 'math',
          tex: 'q(x_k \\mid x_0) = \\mathcal{N}\\big(\\sqrt{\\bar\\alpha_k}\\,x_0,\\ (1-\\bar\\alpha_k)\\,\\mathbf{I}\\big),\\qquad \\bar\\alpha_k = \\prod_{i=1}^{k} (1-\\beta_i)',
          caption: {
            en: 'Forward: noise level k of K, in one jump from the clean latents',
            zh: '正向：从干净的潜在表示一步跳到第 k 级噪音（共 K 级）',
          },
        },
        {
          kind: 'math',
          step: true,
          tex: 'x_{k-1} = \\frac{1}{\\sqrt{1-\\beta_k}}\\Big(x_k - \\frac{\\beta_k}{\\sqrt{1-\\bar\\alpha_k}}\\,\\boldsymbol{\\eta}_\\theta(x_k, k, c)\\Big) + \\sigma_k\\,\\boldsymbol{\\eta}\'',
          caption: {
            en: 'Reverse: one sampling step (DDPM), from pure noise down to the clean latents',
            zh: '反向：一步采样（DDPM），从纯噪音一直走到干净的潜在表示',
          },
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Each step refines all N spacetime patches at once: no frame waits for another', zh: '每一步同时修正全部 N 个时空 patch：没有哪一帧要等另一帧' },
          ],
        },
        {
          kind: 'image',
          src: 'images/noise-to-frame.svg',
          alt: {
            en: 'Five versions of one frame in a row: pure noise at k = K on the left, less noise in each next one, a clean landscape at k = 0 on the right. Reverse, left to right: denoise step by step. Forward, right to left: add noise, as in training.',
            zh: '同一帧的五个版本排成一行：左边 k = K 是纯噪音，往右噪音逐渐减少，右边 k = 0 是干净的风景画面。反向（从左到右）：逐步去噪；正向（从右到左）：加噪，用于训练。',
          },
        },
      ],
    },
    {
      id: 'dit-block',
      minutes: 2.5,
      title: { en: 'Inside a Diffusion Transformer', zh: 'Diffusion Transformer 的内部' },
      blocks: [
        {
          kind: 'mermaid',
          source: [
            '%%{init: {"themeVariables": {"fontSize": "22px"}, "flowchart": {"nodeSpacing": 28, "rankSpacing": 40, "subGraphTitleMargin": {"top": 6, "bottom": 6}}}}%%',
            'flowchart TB',
            '  subgraph IN["{{input}}"]',
            '    direction LR',
            '    X["{{noisy}}"] --> P["{{patchify}}"] --> T["{{tokens}}"]',
            '  end',
            '  subgraph NET["Transformer"]',
            '    direction LR',
            '    K["{{condition}}"] --> M["{{embedding}}"] -- "{{adaLN}}" --> B["{{block}}"] --> O["{{unpatchify}}"] --> E["{{predicted}}"]',
            '  end',
            '  IN -- "{{tokenEdge}}" --> NET',
          ].join('\n'),
          labels: {
            input: { en: 'Input: one noisy video latent', zh: '输入：一段带噪的视频潜在表示' },
            noisy: { en: 'Noisy latents xₖ', zh: '带噪的潜在表示 xₖ' },
            patchify: { en: 'Patchify, p × p', zh: '切成 p × p 的 patch' },
            tokens: { en: 'N tokens\n+ positions', zh: 'N 个 Token\n+ 位置编码' },
            condition: { en: 'Noise level k,\ntext c', zh: '噪音等级 k，\n文本 c' },
            embedding: { en: 'Embedding', zh: '嵌入' },
            adaLN: { en: 'adaLN-Zero:\nscale, shift', zh: 'adaLN-Zero：\n缩放与平移' },
            block: { en: 'DiT block × L\nself-attention + MLP', zh: 'DiT 模块 × L\n自注意力 + MLP' },
            unpatchify: { en: 'Linear +\nunpatchify', zh: '线性层 +\n拼回原形' },
            predicted: { en: 'Predicted\nnoise', zh: '预测的\n噪音' },
            tokenEdge: { en: 'tokens', zh: 'Token' },
          },
          caption: {
            en: 'DiT after Peebles and Xie (2022); how Sora feeds in the text is not published',
            zh: 'DiT 结构，据 Peebles 与谢赛宁（2022）；Sora 如何输入文本条件并未公开',
          },
          alt: {
            en: 'Noisy latents are cut into p by p patches, giving N tokens with position embeddings, which pass through L DiT blocks of self-attention and MLP; a linear layer and unpatchify give the predicted noise. The noise level k and the text c are embedded and scale and shift every block (adaLN-Zero).',
            zh: '带噪的潜在表示被切成 p × p 的 patch，得到带位置编码的 N 个 Token，经过 L 个由自注意力和 MLP 组成的 DiT 模块，再由线性层拼回原形，输出预测的噪音。噪音等级 k 和文本 c 经嵌入后，对每个模块做缩放与平移（adaLN-Zero）。',
          },
        },
      ],
    },
    {
      id: 'text-guidance',
      minutes: 2.5,
      title: { en: 'Steering with the text: guidance and captions', zh: '用文本引导：guidance 与配文字' },
      blocks: [
        {
          kind: 'math',
          tex: '\\tilde{\\boldsymbol{\\eta}} = \\boldsymbol{\\eta}_\\theta(x_k, k, \\varnothing) + w\\,\\big(\\boldsymbol{\\eta}_\\theta(x_k, k, c) - \\boldsymbol{\\eta}_\\theta(x_k, k, \\varnothing)\\big)',
          caption: {
            en: 'Classifier-free guidance (Ho and Salimans, 2022): ∅ means no text',
            zh: '无分类器引导（Ho 与 Salimans，2022）：∅ 表示不给文本',
          },
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Train with the text sometimes dropped, so one model learns both predictions', zh: '训练时随机丢掉文本，一个模型同时学会两种预测' },
            { en: 'w > 1 follows the text more closely, at some cost in variety', zh: 'w > 1 更贴合文本，代价是多样性下降' },
            { en: 'Sora’s report: detailed captions for training, GPT expands short prompts', zh: 'Sora 技术报告：训练用详细描述，GPT 把简短提示扩写' },
          ],
        },
      ],
    },
    {
      id: 'scaling-cost',
      minutes: 2.5,
      title: { en: 'What scaling costs', zh: 'scaling 的代价' },
      blocks: [
        {
          kind: 'math',
          tex: 'N = \\frac{T}{\\tau} \\cdot \\frac{H}{s\\,p} \\cdot \\frac{W}{s\\,p},\\qquad C \\approx O(N^{2} d) + O(N d^{2})',
          caption: {
            en: 'C: cost of one layer; τ, s: time and space compression; p: patch size; d: model width',
            zh: 'C：一层的开销；τ、s：时间和空间的压缩倍数；p：patch 大小；d：模型宽度',
          },
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'DiT: more compute per sample (bigger model or smaller p) gave better images', zh: 'DiT：每个样本的算力越多（模型更大或 p 更小），图像越好' },
            { en: 'Sora’s report: samples improve markedly from base to 4× and 32× training compute', zh: 'Sora 技术报告：训练算力从基准到 4 倍、32 倍，样本明显变好' },
            { en: 'Illustrative: p = 2 → 1 gives N × 4 and attention × 16', zh: '示意：p 从 2 变成 1，N 变成 4 倍，注意力变成 16 倍' },
          ],
        },
      ],
    },
  ],
});
