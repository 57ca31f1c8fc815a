import { AUDIENCE_INFO_PATH } from '../../protocol/audience-messages.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

const KEY_Q = 81;

const LABELS = {
  en: { scan: 'Follow along on your phone, in English or 中文', off: 'The audience page needs the dev server: npm start -- --audience.' },
  zh: { scan: '用手机跟随演讲,中文或 English', off: '观众页需要开发服务器:npm start -- --audience。' },
} as const;

/**
 * `Q` (or `?audience-qr`) shows the audience page's address and QR code over the slide, on the
 * blackout screen too, for the room to scan (`npm start -- --audience`); `Q` or Esc hides it. The
 * dev server makes the code (the deck carries no QR library); a static build shows how to start it.
 */
export class AudienceQrController implements Controller {
  private box: HTMLElement | undefined;

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'locale' | 'options'>) {}

  bind(): void {
    this.ctx.reveal.addKeyBinding({ keyCode: KEY_Q, key: 'Q', description: 'Audience: show the QR code of the follow-along page' }, () => this.toggle());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.box) this.hide();
      // On the blackout screen reveal ignores its key bindings: Q still works there.
      else if (event.key.toLowerCase() === 'q' && this.ctx.reveal.isPaused() && !event.ctrlKey && !event.metaKey && !event.altKey) this.toggle();
    });
    if (this.ctx.options.audienceQr) void this.show();
  }

  toggle(): void {
    if (this.box) this.hide();
    else void this.show();
  }

  private async show(): Promise<void> {
    const box = document.createElement('div');
    box.className = 'talk-audience-qr';
    box.setAttribute('role', 'dialog');
    this.box = box;
    (this.ctx.reveal.getRevealElement() ?? document.body).append(box);
    const t = LABELS[this.ctx.locale()];
    const info = await fetch(AUDIENCE_INFO_PATH, { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<{ url?: string; svg?: string }>) : undefined))
      .catch(() => undefined);
    if (this.box !== box) return;
    const text = document.createElement('p');
    if (info?.url && info.svg) {
      const code = document.createElement('div');
      code.className = 'talk-audience-qr-code';
      // SVG made by the dev server's QR library from the URL: paths only, no script.
      code.innerHTML = info.svg;
      const link = document.createElement('p');
      link.className = 'talk-audience-qr-url';
      link.textContent = info.url;
      text.textContent = t.scan;
      box.append(code, text, link);
      box.dataset.talkAudienceUrl = info.url;
    } else {
      text.textContent = t.off;
      box.append(text);
    }
  }

  private hide(): void {
    this.box?.remove();
    this.box = undefined;
  }
}
