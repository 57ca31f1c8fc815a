import { defineSection } from '#talk';

/**
 * The slides of "Diffusion models in code" (slides/decks/diffusion-code.ts), an English-only
 * lecture: every text is English only ({ en } or a plain string), and only English notes exist.
 */
export default defineSection({
  id: 'diffusion-code',
  title: { en: 'Diffusion in code' },
  slides: [
    {
      id: 'dc-title',
      minutes: 0.5,
      layout: 'title',
      title: { en: 'Diffusion models in code' },
      subtitle: { en: 'From noise to a sample, one line at a time' },
      blocks: [
        {
          kind: 'image',
          src: 'images/title-frames.svg',
          alt: { en: 'A stack of frames: the one at the back is pure noise, each one nearer is clearer, and the front one is a clean picture.' },
        },
      ],
    },
    {
      id: 'dc-forward',
      minutes: 2,
      title: { en: 'The forward process only adds noise' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Pick a step $t$ and a noise $\\epsilon \\sim \\mathcal{N}(0, I)$, then jump there at once: $x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\epsilon$' },
            { en: '**Nothing is learned** in this direction: it is a fixed schedule $\\beta_1, \\dots, \\beta_T$' },
            { en: 'At $t = T$ the signal is gone: $x_T$ is *pure noise*, whatever $x_0$ was' },
          ],
        },
      ],
    },
    {
      id: 'dc-objective',
      minutes: 2,
      title: { en: 'Training is regression on the noise' },
      blocks: [
        { kind: 'math', tex: '\\mathcal{L}(\\theta) = \\mathbb{E}_{x_0,\\,\\epsilon,\\,t}\\,\\big\\lVert \\epsilon - \\epsilon_\\theta(x_t, t) \\big\\rVert^2', caption: { en: 'The simplified DDPM loss (Ho et al., 2020)' } },
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'The network $\\epsilon_\\theta$ sees a noisy $x_t$ and **guesses the noise** that was added' },
            { en: 'In PyTorch the whole loss is one line: `((eps - model(x_t, t)) ** 2).mean()`' },
          ],
        },
      ],
    },
    {
      id: 'dc-sampling',
      minutes: 2,
      title: { en: 'Sampling walks the noise back' },
      blocks: [
        {
          kind: 'bullets',
          steps: true,
          items: [
            { en: 'Start from $x_T \\sim \\mathcal{N}(0, I)$ and take $T$ small steps back to $x_0$' },
            { en: 'Each step removes the *predicted* noise and adds a little fresh noise: $\\sigma_t z$' },
            { en: 'Fewer, larger steps (DDIM) trade a little quality for **much less compute**' },
          ],
        },
      ],
    },
    {
      id: 'dc-sampling-code',
      minutes: 2,
      title: { en: 'The sampling loop, line by line' },
      blocks: [
        {
          kind: 'code',
          lang: 'python',
          code: [
            'x = torch.randn(shape)             # x_T: pure noise',
            'for t in reversed(range(T)):',
            '    eps = model(x, t)              # guess the noise',
            '    x = (x - c1[t] * eps) / c2[t]  # take it out',
            '    if t > 0:',
            '        x = x + sigma[t] * torch.randn_like(x)',
            'sample = x                         # x_0',
          ].join('\n'),
          highlight: '1|2-3|4|5-6|7',
          caption: { en: 'DDPM sampling in PyTorch: `c1`, `c2` and `sigma` come from the noise schedule' },
        },
      ],
    },
    {
      id: 'dc-samplers',
      minutes: 1.5,
      title: { en: 'Three ways to walk back' },
      blocks: [
        {
          kind: 'table',
          header: [{ en: 'Method' }, { en: 'Steps' }, { en: 'Sampler' }],
          rows: [
            [{ en: 'DDPM (Ho et al., 2020)' }, '1000', { en: 'stochastic: fresh noise at every step' }],
            [{ en: 'DDIM (Song et al., 2021)' }, '20–100', { en: '**deterministic**: skips steps of the same model' }],
            [{ en: 'Flow matching (Lipman et al., 2023)' }, '10–50', { en: 'an ODE solver along *straight* paths' }],
          ],
          caption: { en: 'Typical numbers of network calls for one sample' },
        },
      ],
    },
    {
      id: 'dc-denoise-video',
      minutes: 1,
      layout: 'center',
      title: { en: 'Watching the noise go' },
      blocks: [
        {
          kind: 'video',
          src: 'videos/denoise.webm',
          poster: 'images/denoise.png',
          alt: { en: 'Random noise that resolves, step by step, into a picture of a sun over a hill' },
          caption: { en: 'Reverse diffusion: each frame is one step of the loop' },
        },
      ],
    },
    {
      id: 'dc-bitter-lesson',
      minutes: 1.5,
      layout: 'center',
      title: { en: 'Why this recipe scales' },
      blocks: [
        {
          kind: 'quote',
          lang: 'en',
          original:
            'The biggest lesson that can be read from 70 years of AI research is that general methods that leverage computation are ultimately the most effective, and by a large margin.',
          speaker: 'Rich Sutton',
          where: { en: '“The Bitter Lesson”, 2019' },
        },
        { kind: 'statement', step: true, text: { en: 'The loss stays **one line**; what grows is the data and the compute.' } },
      ],
    },
    // ── Marked place for a mindmap (issue #17, part "mermaid"): the lecture's map, once the
    //    `mermaid` package draws every diagram type.
  ],
});
