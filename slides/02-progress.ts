import { defineSection } from '#talk';
import { TIAN, WHERE } from './shared/interview.ts';

export default defineSection({
  id: 'progress',
  title: { en: 'Faster than expected', zh: '比预期更快' },
  slides: [
    {
      id: 'sora-progress',
      minutes: 0.75,
      title: { en: 'Sora’s progress came faster than expected', zh: 'Sora 的进展比预期更快' },
      blocks: [
        {
          kind: 'quote',
          original: 'Sora的进展比我预期的快。我原本认为按照正常速度,达到现在这个水平可能需要一两年,但他们做得很快很好,出乎意料。',
          translation:
            'Sora moved faster than I expected. At the normal pace I thought reaching this level might take a year or two, but they did it fast and did it well. It surprised me.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            {
              en: 'Now: a minute of video with camera moves, zooms and large motion',
              zh: '现在：一分钟的视频，有视角转换、镜头推拉和大幅动作',
            },
            {
              en: 'Before: a few seconds grown from one photo, closer to an animated picture',
              zh: '以前：由一张照片扩展出的几秒钟，更像动态图',
            },
          ],
        },
      ],
    },
    {
      id: 'whole-sequence',
      minutes: 1,
      title: { en: 'The whole video at once, not frame by frame', zh: '一次生成整段视频，而不是逐帧预测' },
      blocks: [
        {
          kind: 'mermaid',
          source: [
            '%%{init: {"themeVariables": {"fontSize": "22px"}, "flowchart": {"subGraphTitleMargin": {"top": 6, "bottom": 6}}}}%%',
            'flowchart TB',
            '  subgraph AR["{{nextFrame}}"]',
            '    direction LR',
            '    A1["{{frame1}}"] --> A2["{{frame2}}"] --> A3["{{frame3}}"] --> A4["…"] --> A5["{{frameT}}"]',
            '  end',
            '  subgraph WS["{{wholeSequence}}"]',
            '    direction LR',
            '    B1["{{noise}}"] --> B2["{{step1}}"] --> B3["…"] --> B4["{{stepK}}"] --> B5["{{consistent}}"]',
            '  end',
            '  AR ~~~ WS',
            // The theme's colours for what goes wrong and what holds (light and dark alike).
            '  class A3,A5 bad',
            '  class B5 good',
          ].join('\n'),
          labels: {
            nextFrame: { en: 'Next-frame prediction: each frame is built on the last one', zh: '逐帧预测：每一帧都建立在上一帧之上' },
            frame1: { en: 'Frame 1\n(a photo)', zh: '第 1 帧\n（一张照片）' },
            frame2: { en: 'Frame 2\nsmall error', zh: '第 2 帧\n小误差' },
            frame3: { en: 'Frame 3\nerrors add up', zh: '第 3 帧\n误差累积' },
            frameT: { en: 'Frame T\ndrift, blur', zh: '第 T 帧\n变形、模糊' },
            wholeSequence: { en: 'Whole-sequence diffusion: all T frames are refined together', zh: '整段扩散：全部 T 帧一起逐步去噪' },
            noise: { en: 'Noise for\nall T frames', zh: '全部 T 帧的\n随机噪音' },
            step1: { en: 'Denoising\nstep 1', zh: '第 1 步\n去噪' },
            stepK: { en: 'Denoising\nstep K', zh: '第 K 步\n去噪' },
            consistent: { en: 'T consistent\nframes', zh: 'T 帧\n前后一致' },
          },
          caption: {
            en: 'Frame by frame, each mistake becomes the next frame’s input; diffusion refines every frame in every step',
            zh: '逐帧预测时，每个错误都成了下一帧的输入；扩散模型每一步都同时修正所有帧',
          },
          alt: {
            en: 'Top row, next-frame prediction: frame 1 is a photo, frame 2 has a small error, frame 3 adds to it, and frame T shows drift and blur. Bottom row, whole-sequence diffusion: noise for all T frames goes through denoising steps 1 to K and ends as T consistent frames.',
            zh: '上一行是逐帧预测：第 1 帧是照片，第 2 帧有小误差，第 3 帧误差累积，到第 T 帧出现变形和模糊。下一行是整段扩散：全部 T 帧的随机噪音经过第 1 到第 K 步去噪，得到前后一致的 T 帧。',
          },
        },
      ],
    },
    {
      id: 'compounding-error',
      minutes: 0.75,
      layout: 'split',
      title: { en: 'Why frame by frame goes wrong: compounding error', zh: '逐帧为什么会出错：累计误差' },
      blocks: [
        {
          kind: 'quote',
          original: '如果仅仅预测下一帧,特别是在视频很长的情况下,会出现compounding error(累计误差)',
          translation: 'If you only predict the next frame, especially when the video is long, you get compounding error.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'math',
          step: true,
          tex: 'e_t = (1+\\lambda)\\,e_{t-1} + \\delta,\\ \\ e_0 = 0 \\quad\\Longrightarrow\\quad e_T = \\delta\\,\\frac{(1+\\lambda)^{T}-1}{\\lambda}',
          caption: {
            en: 'Each frame adds an error δ and passes on the one it inherited, grown by 1 + λ. Illustrative, λ = 0.2%: 3 s (T = 72) → 77 δ, near the plain sum of 72 δ; 60 s (T = 1440) → 8 380 δ, 5.8 × the plain sum',
            zh: '每一帧新增误差 δ，并把继承来的误差放大 1 + λ 倍传下去。示意：λ = 0.2% 时，3 秒（T = 72）→ 77 δ，与简单相加的 72 δ 相近；60 秒（T = 1440）→ 8 380 δ，是简单相加的 5.8 倍',
          },
        },
        {
          kind: 'image',
          src: 'images/drift-vs-whole.svg',
          alt: {
            en: 'Two rows of five frames of a moving ball. Next-frame prediction: each frame builds on the last, the ball drifts further from where it should be, and the error bar grows with every frame. Whole sequence: all frames are refined together in every denoising step, and the ball stays where it should be.',
            zh: '两行各五帧、一个移动的球。逐帧预测：每一帧建立在上一帧之上，球离应在的位置越来越远，误差一帧比一帧大。整段生成：每一步去噪同时修正所有帧，球始终在应在的位置。',
          },
        },
      ],
    },
    {
      id: 'video-as-3d',
      minutes: 0.75,
      layout: 'split',
      title: { en: 'Video as a 3-D image, denoised from noise', zh: '视频是三维的图片，从噪音中去噪' },
      blocks: [
        {
          kind: 'quote',
          original: '视频实际上就是三维的图片',
          translation: 'A video is really a three-dimensional picture.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Video → latent tokens; a Diffusion Transformer denoises all of them together, starting from noise', zh: '视频 → 潜在 Token；Diffusion Transformer 从随机噪音出发，对所有 Token 一起去噪' },
          ],
        },
        {
          kind: 'math',
          step: true,
          tex: '\\begin{gathered}\\mathcal{L}(\\theta) = \\mathbb{E}_{x_0,\\,\\boldsymbol{\\eta},\\,k}\\big\\lVert \\boldsymbol{\\eta} - \\boldsymbol{\\eta}_\\theta(x_k, k, c) \\big\\rVert^2 \\\\ x_k = \\sqrt{\\bar\\alpha_k}\\,x_0 + \\sqrt{1-\\bar\\alpha_k}\\,\\boldsymbol{\\eta}\\end{gathered}',
          caption: {
            en: 'The denoising objective (DDPM, Ho et al. 2020): $x_0$ clean latents, η noise, k noise level, c the text',
            zh: '去噪目标（DDPM，Ho 等 2020）：$x_0$ 为干净的潜在表示，η 为噪音，k 为噪音等级，c 为文本条件',
          },
        },
        {
          kind: 'image',
          src: 'images/video-patches.svg',
          alt: {
            en: 'A video drawn as a stack of frames from frame 1 at the front to frame T at the back, along the time axis. The front frame is cut into a grid of patches; one patch, extended two frames deep, is highlighted: one spacetime patch is one token.',
            zh: '一段视频画成一叠帧：最前面是第 1 帧，沿时间轴往后到第 T 帧。最前面一帧被切成网格状的 patch；其中一个向后延伸两帧的 patch 被突出显示：一个时空 patch 就是一个 token。',
          },
        },
      ],
    },
    {
      id: 'diffusion-pipeline',
      minutes: 1,
      title: { en: 'How Sora makes a video', zh: 'Sora 如何生成视频' },
      blocks: [
        {
          kind: 'mermaid',
          source: [
            '%%{init: {"themeVariables": {"fontSize": "20px"}, "flowchart": {"nodeSpacing": 24, "rankSpacing": 36, "subGraphTitleMargin": {"top": 6, "bottom": 6}}}}%%',
            'flowchart TB',
            '  subgraph TR["{{trainingData}}"]',
            '    direction LR',
            '    V["{{video}}"] --> C["{{compression}}"] --> S["{{patches}}"]',
            '    V --> R["{{captioner}}"] --> RT["{{text}}"]',
            '  end',
            '  subgraph GEN["{{generation}}"]',
            '    direction LR',
            '    P["{{prompt}}"] --> E["{{encoder}}"] -- "{{condition}}" --> D["{{dit}}"]',
            '    N["{{noise}}"] --> D',
            '    D --> L["{{latents}}"] --> X["{{decoder}}"] --> O["{{output}}"]',
            '  end',
            '  TR -- "{{teaches}}" --> GEN',
          ].join('\n'),
          labels: {
            trainingData: { en: 'Training data', zh: '训练数据' },
            video: { en: 'Training video', zh: '训练视频' },
            compression: { en: 'Video compression\nnetwork', zh: '视频压缩网络' },
            patches: { en: 'Spacetime\nlatent patches', zh: '时空潜在 patch' },
            captioner: { en: 'Captioning model\n(re-captioning)', zh: '视频生成文字的模型\n（重新配文字）' },
            text: { en: 'Training text', zh: '训练用文本' },
            generation: { en: 'Generation', zh: '生成' },
            prompt: { en: 'Text prompt', zh: '文本描述' },
            encoder: { en: 'Text encoder', zh: '文本编码器' },
            condition: { en: 'condition', zh: '条件' },
            dit: { en: 'Diffusion Transformer\ndenoising steps', zh: 'Diffusion Transformer\n逐步去噪' },
            noise: { en: 'Random noise', zh: '随机噪音' },
            latents: { en: 'Clean latents', zh: '干净的潜在表示' },
            decoder: { en: 'Decoder', zh: '解码器' },
            output: { en: 'Video', zh: '视频' },
            teaches: { en: 'teaches the model', zh: '训练模型' },
          },
          caption: {
            en: 'The pipeline as Tian and OpenAI’s technical report (Feb 2024) describe it',
            zh: '田渊栋的描述与 OpenAI 技术报告（2024 年 2 月）中的生成流程',
          },
          alt: {
            en: 'Training data: a training video goes through a video compression network into spacetime latent patches, and a captioning model writes its training text. Generation: a text prompt goes through a text encoder and conditions a Diffusion Transformer, which denoises random noise step by step into clean latents; a decoder turns them into the video.',
            zh: '训练数据：训练视频经视频压缩网络变成时空潜在 patch，视频生成文字的模型为它写出训练用文本。生成：文本描述经文本编码器，作为 Diffusion Transformer 的条件；模型把随机噪音逐步去噪成干净的潜在表示，再由解码器变成视频。',
          },
        },
      ],
    },
    {
      id: 'captions-to-video',
      minutes: 0.75,
      title: { en: 'From captioning pictures to captioning videos', zh: '从图片生成文字到视频生成文字' },
      blocks: [
        {
          kind: 'quote',
          original: '因为文字到图片有难度,图片到文字相对容易,所以那时候先训练的是图片生成文字的模型。',
          translation: 'Going from text to image was hard and from image to text comparatively easy, so the first models trained back then turned pictures into text.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Around 2015–16: text-to-image begins, with GANs that were very unstable to train', zh: '大约 2015–16 年：文生图起步，用的是训练很不稳定的 GAN' },
            { en: 'Today: video-to-text models turn video into text data to train text-to-video', zh: '如今：视频生成文字的模型把视频变成文字数据，再逆向训练文生视频' },
          ],
        },
      ],
    },
    {
      id: 'ai-timeline',
      minutes: 0.75,
      title: { en: 'The groundwork, 2012 → 2024', zh: '水面下的积累，2012 → 2024' },
      blocks: [
        {
          kind: 'mermaid',
          source: [
            '%%{init: {"themeVariables": {"fontSize": "24px"}, "timeline": {"leftMargin": 0}}}%%',
            'timeline',
            '  2012 : {{deepLearning}}',
            '  2014 : {{gans}} : {{microsoftLab}}',
            '  2015–16 : {{captioning}} : {{alphaGo}}',
            '  2017 : Transformer',
            '  2020 : {{ddpm}} : AlphaFold 2',
            '  2022–23 : ChatGPT : DiT : {{llama}}',
            '  2024 : {{sora}} : {{tianPapers}}',
          ].join('\n'),
          labels: {
            deepLearning: { en: 'Deep learning takes off (AlexNet)', zh: '深度学习爆发\n（AlexNet）' },
            gans: { en: 'GANs', zh: 'GAN' },
            microsoftLab: { en: 'Microsoft closes its Silicon Valley lab', zh: '微软裁撤\n硅谷研究院' },
            captioning: { en: 'Image captioning, then text-to-image', zh: '先有图片\n生成文字，\n再有文生图' },
            alphaGo: { en: 'AlphaGo beats Lee Sedol', zh: 'AlphaGo\n战胜李世石' },
            ddpm: { en: 'Diffusion models (DDPM)', zh: '扩散模型\n（DDPM）' },
            llama: { en: 'LLaMA (Meta)', zh: 'LLaMA\n（Meta）' },
            sora: { en: 'Sora (February)', zh: 'Sora\n（2 月）' },
            tianPapers: { en: 'H-GAP, DWM, GaLore, MobileLLM, Searchformer', zh: 'H-GAP、DWM、\nGaLore、\nMobileLLM、\nSearchformer' },
          },
          caption: {
            en: 'Milestones from the interview, with dates from the original papers (see notes)',
            zh: '访谈提到的里程碑，日期据原始论文与公告（见讲稿）',
          },
          alt: {
            en: 'Timeline: 2012 deep learning breaks through with AlexNet; 2014 GANs, and Microsoft closes its Silicon Valley lab; 2015–16 image captioning, then text-to-image, and AlphaGo beats Lee Sedol; 2017 the Transformer; 2020 diffusion models (DDPM) and AlphaFold 2; 2022 DiT and ChatGPT; 2023 LLaMA; 2024 Sora in February, and H-GAP, Diffusion World Model, GaLore, MobileLLM and Searchformer.',
            zh: '时间线：2012 年深度学习借 AlexNet 爆发；2014 年 GAN 问世，微软裁撤硅谷研究院；2015–16 年先有图片生成文字，再有文生图，AlphaGo 战胜李世石；2017 年 Transformer；2020 年扩散模型 DDPM 与 AlphaFold 2；2022 年 DiT 与 ChatGPT；2023 年 LLaMA；2024 年 2 月 Sora，以及 H-GAP、Diffusion World Model、GaLore、MobileLLM、Searchformer。',
          },
        },
      ],
    },
    {
      id: 'groundwork',
      minutes: 0.75,
      title: { en: 'Boundary-expanding work rests on groundwork', zh: '拓展边界的工作，建立在积累之上' },
      blocks: [
        {
          kind: 'quote',
          original: '有些工作是基础性的,而有些工作则是在拓展边界。我觉得Sora属于拓展边界的工作',
          translation: 'Some work lays foundations and some work pushes the boundary. I think Sora is boundary-pushing work.',
          speaker: TIAN,
          where: WHERE,
        },
        {
          kind: 'bullets',
          steps: true,
          items: [
            {
              en: 'AlphaFold needed others’ competitions, datasets, frameworks and deep learning first',
              zh: 'AlphaFold 之前，先要有人办比赛、做数据集、搭好计算框架和深度学习',
            },
            {
              en: 'Without OpenAI, another team would have got there sooner or later: probably more cautiously, less well',
              zh: '没有 OpenAI，迟早也会有别的团队做出来：方法可能温和些，效果差些',
            },
          ],
        },
      ],
    },
    {
      id: 'dit-and-world-models',
      minutes: 0.75,
      title: { en: 'DiT, scaling, and whole-path world models', zh: 'DiT、scaling 与整条路径的世界模型' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Diffusion Transformer (DiT): 谢赛宁 (Saining Xie) and an intern; main finding: it scales well', zh: 'Diffusion Transformer（DiT）：谢赛宁和实习生的工作，主要发现是 scaling 能力不错' },
            { en: 'Not that popular in vision at first, until its first author became a core member of Sora', zh: '起初在视觉领域没有那么火，直到 DiT 的一作成为 Sora 的核心成员' },
            { en: 'Tian’s group used the same recipe for agents’ future paths: H-GAP [2], Diffusion World Model [3]', zh: '田渊栋团队把同样的做法用于智能体未来的路径：H-GAP [2]、Diffusion World Model [3]' },
            { en: 'What they share: consistency along the whole path, with no compounding error', zh: '共同优点：整条路径长程一致，不会产生累计误差' },
          ],
        },
      ],
    },
  ],
});
