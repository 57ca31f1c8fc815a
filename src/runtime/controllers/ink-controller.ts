import { AUDIENCE_EVENTS, type RelayMessage } from '../../protocol/audience-messages.ts';
import { asInkMessage, inkFile, touches, type InkStroke, type SlidePoint } from '../../protocol/ink.ts';
import { loadInk, saveInk } from '../../protocol/ink-storage.ts';
import { syncChannelName, type SyncMessage } from '../../protocol/sync-messages.ts';
import type { Controller, DeckContext } from '../deck-context.ts';
import { InkLayer, round, toSlidePoint } from '../ink-layer.ts';

/** The tools; none: the slide is only shown. */
export type InkTool = 'laser' | 'pen' | 'eraser';

/** Keys: none of them reveal.js's (see its keyboard map) or this kit's (L, D, S, R, T, B, G, F, O). */
const KEYS = { laser: { keyCode: 90, key: 'Z' }, pen: { keyCode: 73, key: 'I' }, eraser: { keyCode: 69, key: 'E' }, clear: { keyCode: 88, key: 'X' }, save: { keyCode: 87, key: 'W' } } as const;

const PEN = { color: '#d92d20', width: 5 } as const;
/** How far from the eraser's centre a stroke is caught, in slide units. */
const ERASER_RADIUS = 16;
/** Points closer than this to the last one are skipped (slide units): shorter messages, same line. */
const MIN_STEP = 1.5;

/**
 * The laser pointer (Z), the pen (I), the eraser (E), clear (X) and saving the drawings to a file
 * (W). Drawings belong to a slide, by id, whatever the language; they are kept in the browser per
 * deck and drawn over the slide in slide units. Every change and every pointer move goes out on the
 * deck's sync channel (`pointer` and `ink` messages), so the speaker view's previews, other windows
 * of the deck and follow-along viewers show them. Previews and print view only draw.
 */
export class InkController implements Controller {
  private readonly layer = new InkLayer();
  private ink: Record<string, InkStroke[]> = {};
  private tool: InkTool | undefined;
  private channel: BroadcastChannel | undefined;
  private drawing: { slide: string; stroke: { color: string; width: number; points: number[] }; pointerId: number } | undefined;
  private erasing: { slide: string; pointerId: number } | undefined;
  private frame = 0;
  private pointerAt: { slide: string; at: SlidePoint | null } | undefined;
  private offs: (() => void)[] = [];

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'options'>) {}

  mount(): void {
    this.layer.mount();
    this.ink = loadInk(this.ctx.deck.id);
    for (const [slide, strokes] of Object.entries(this.ink)) this.layer.draw(slide, strokes);
  }

  /** Slides were replaced or filled in (their placeholders): new sections need a layer and their drawings. */
  refresh(): void {
    this.layer.mount();
    for (const [slide, strokes] of Object.entries(this.ink)) this.layer.draw(slide, strokes);
  }

  bind(): void {
    if (this.ctx.options.print) return;
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(syncChannelName(this.ctx.deck.id));
      this.channel.onmessage = (event: MessageEvent<SyncMessage>) => this.onMessage(event.data);
      this.offs.push(() => this.channel?.close());
    }
    // A follow-along viewer on another machine hears the deck through the audience relay
    // (src/audience/main.ts turns its messages into this event).
    if (this.ctx.options.follower) {
      const onRelay = (event: Event): void => {
        const { kind, data } = (event as CustomEvent<{ kind?: unknown; data?: unknown }>).detail ?? {};
        if (kind === 'pointer' || kind === 'ink') this.onMessage(data as SyncMessage);
      };
      window.addEventListener('talk:relay', onRelay);
      this.offs.push(() => window.removeEventListener('talk:relay', onRelay));
    }
    // Previews and follow-along viewers show the drawings; only the speaker's deck makes them.
    if (this.ctx.options.receiver || this.ctx.options.follower) return;
    const { reveal } = this.ctx;
    reveal.addKeyBinding({ ...KEYS.laser, description: 'Laser pointer on / off (mouse or touch)' }, () => this.use('laser'));
    reveal.addKeyBinding({ ...KEYS.pen, description: 'Pen: draw on the slide (kept per slide)' }, () => this.use('pen'));
    reveal.addKeyBinding({ ...KEYS.eraser, description: 'Eraser: drag over a stroke to remove it' }, () => this.use('eraser'));
    reveal.addKeyBinding({ ...KEYS.clear, description: "Clear this slide's drawings" }, () => this.clear());
    reveal.addKeyBinding({ ...KEYS.save, description: 'Save the drawings to a file (for export --annotations)' }, () => this.download());
    const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, capture = false): void => {
      document.addEventListener(type, handler, { capture, passive: false });
      this.offs.push(() => document.removeEventListener(type, handler, { capture }));
    };
    listen('pointerdown', (event) => this.onDown(event));
    listen('pointermove', (event) => this.onMove(event));
    listen('pointerup', (event) => this.onUp(event));
    listen('pointercancel', (event) => this.onUp(event));
    // reveal.js turns swipes into slide changes; while a tool is in hand a swipe draws or points.
    const keepTouch = (event: TouchEvent): void => {
      if (this.tool && this.layerAt(event.target)) event.stopPropagation();
    };
    listen('touchstart', keepTouch, true);
    listen('touchmove', keepTouch, true);
    const hide = (): void => this.sendPointer(null);
    reveal.on('slidechanged', hide);
    this.offs.push(() => reveal.off('slidechanged', hide));
    this.postAll();
  }

  unbind(): void {
    this.offs.forEach((off) => off());
  }

  /** The tool in hand. */
  current(): InkTool | undefined {
    return this.tool;
  }

  /** Takes `tool`, or puts it down when it is the one in hand. */
  use(tool: InkTool): void {
    this.tool = this.tool === tool ? undefined : tool;
    const root = document.documentElement;
    if (this.tool) root.dataset.talkTool = this.tool;
    else delete root.dataset.talkTool;
    if (this.tool !== 'laser') this.sendPointer(null);
  }

  /** Removes every stroke of the current slide. */
  clear(): void {
    const slide = this.slideId();
    if (!slide || !this.ink[slide]?.length) return;
    this.setStrokes(slide, []);
  }

  private slideId(): string {
    return this.ctx.reveal.getCurrentSlide()?.dataset.talkSlide ?? '';
  }

  /** The current slide's layer if `target` is in it. */
  private layerAt(target: EventTarget | null): SVGSVGElement | undefined {
    const layer = target instanceof Element ? target.closest<SVGSVGElement>('svg.talk-ink') : null;
    return layer && layer === this.layer.layerOf(this.slideId()) ? layer : undefined;
  }

  private onDown(event: PointerEvent): void {
    const layer = this.layerAt(event.target);
    if (!this.tool || !layer || event.button > 0) return;
    event.preventDefault();
    layer.setPointerCapture?.(event.pointerId);
    const at = toSlidePoint(layer, event.clientX, event.clientY);
    const slide = this.slideId();
    if (this.tool === 'pen') {
      this.drawing = { slide, stroke: { ...PEN, points: [at.x, at.y] }, pointerId: event.pointerId };
      this.showDrawing();
    } else if (this.tool === 'eraser') {
      this.erasing = { slide, pointerId: event.pointerId };
      this.erase(slide, at);
    } else {
      this.sendPointer(at);
    }
  }

  private onMove(event: PointerEvent): void {
    if (!this.tool) return;
    const layer = this.layer.layerOf(this.slideId());
    if (!layer) return;
    const at = toSlidePoint(layer, event.clientX, event.clientY);
    if (this.drawing && event.pointerId === this.drawing.pointerId) {
      const points = this.drawing.stroke.points;
      const [x, y] = points.slice(-2) as [number, number];
      if (Math.hypot(at.x - x, at.y - y) < MIN_STEP) return;
      points.push(at.x, at.y);
      this.showDrawing();
    } else if (this.erasing && event.pointerId === this.erasing.pointerId) {
      this.erase(this.erasing.slide, at);
    } else if (this.tool === 'laser') {
      // A mouse points by hovering; a finger or pen only while it touches the screen.
      const hovering = event.pointerType === 'mouse' || event.buttons > 0;
      this.sendPointer(hovering && this.layerAt(event.target) ? at : null);
    }
  }

  private onUp(event: PointerEvent): void {
    if (this.drawing && event.pointerId === this.drawing.pointerId) {
      const { slide, stroke } = this.drawing;
      this.drawing = undefined;
      this.setStrokes(slide, [...(this.ink[slide] ?? []), { ...stroke, points: [...stroke.points] }]);
    } else if (this.erasing && event.pointerId === this.erasing.pointerId) {
      this.erasing = undefined;
      saveInk(this.ctx.deck.id, this.ink);
    } else if (this.tool === 'laser' && event.pointerType !== 'mouse') {
      this.sendPointer(null);
    }
  }

  private erase(slide: string, at: SlidePoint): void {
    const strokes = this.ink[slide] ?? [];
    const kept = strokes.filter((stroke) => !touches(stroke, at, ERASER_RADIUS));
    if (kept.length !== strokes.length) this.setStrokes(slide, kept, false);
  }

  /** Shows the stroke being drawn at once, and sends it at most once a frame. */
  private showDrawing(): void {
    if (!this.drawing) return;
    const { slide, stroke } = this.drawing;
    const strokes = [...(this.ink[slide] ?? []), stroke];
    this.layer.draw(slide, strokes);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.drawing) this.post({ type: 'ink', slide: this.drawing.slide, strokes: [...(this.ink[this.drawing.slide] ?? []), this.drawing.stroke] });
    });
  }

  private setStrokes(slide: string, strokes: InkStroke[], save = true): void {
    if (strokes.length > 0) this.ink[slide] = strokes;
    else delete this.ink[slide];
    this.layer.draw(slide, strokes);
    if (save) saveInk(this.ctx.deck.id, this.ink);
    this.post({ type: 'ink', slide, strokes });
  }

  private sendPointer(at: SlidePoint | null): void {
    const slide = this.slideId();
    const last = this.pointerAt;
    if (at === null && (!last || last.at === null)) return;
    if (at && last && last.slide === slide && last.at && last.at.x === at.x && last.at.y === at.y) return;
    this.pointerAt = { slide: at ? slide : (last?.slide ?? slide), at: at && { x: round(at.x), y: round(at.y) } };
    this.layer.point(this.pointerAt.slide, this.pointerAt.at);
    this.post({ type: 'pointer', ...this.pointerAt });
  }

  /** Every slide's strokes, for a window or viewer that has just joined. */
  private postAll(): void {
    for (const [slide, strokes] of Object.entries(this.ink)) this.post({ type: 'ink', slide, strokes });
  }

  private onMessage(data: SyncMessage): void {
    if (data.type === 'hello') {
      if (!this.ctx.options.receiver) this.postAll();
      return;
    }
    const message = asInkMessage(data);
    if (!message) return;
    if (message.type === 'ink') {
      if (message.strokes.length > 0) this.ink[message.slide] = [...message.strokes];
      else delete this.ink[message.slide];
      this.layer.draw(message.slide, message.strokes);
    } else if (!isUpcomingPreview()) {
      this.layer.point(message.slide, message.at);
    }
  }

  private post(message: SyncMessage): void {
    this.channel?.postMessage(message);
    // Viewers on other machines: the dev server relays it with --audience (and drops it without).
    if ((message.type === 'pointer' || message.type === 'ink') && import.meta.hot) {
      const relay: RelayMessage = { kind: message.type, data: message };
      import.meta.hot.send(AUDIENCE_EVENTS.relay, relay);
    }
  }

  private download(): void {
    const text = `${JSON.stringify(inkFile(this.ctx.deck.id, this.ink), null, 1)}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${this.ctx.deck.id}-annotations.json` });
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: the download reads the blob after this handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** The speaker view's "next step" preview: it shows the drawings, not the pointer. */
function isUpcomingPreview(): boolean {
  return new URLSearchParams(window.location.search).has('upcoming');
}
