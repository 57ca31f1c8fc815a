// Makes the example video: a few seconds of noise resolving into a simple shape, the way a diffusion
// model's reverse process turns noise into a picture. Frames are drawn on a canvas in headless
// Chromium (the one the export uses) and recorded with MediaRecorder to WebM (VP9), so any machine
// that can export a PDF can remake it; no ffmpeg needed. The poster is the last, clean frame.
//
//   node src/cli/run-ts.mjs scripts/make-denoise-video.ts [--out assets/videos/denoise.webm] [--poster assets/images/denoise.png]
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../src/export/launch-browser.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'assets/videos/denoise.webm' },
    poster: { type: 'string', default: 'assets/images/denoise.png' },
  },
});

/** What the page records; runs in the browser. */
function record(): Promise<{ video: string; poster: string }> {
  const WIDTH = 480;
  const HEIGHT = 270;
  const CELL = 6; // noise in blocks of 6 px, like a latent grid: finer noise costs far more bytes
  const FPS = 24;
  const DENOISE_FRAMES = 72; // 3 s from noise to picture
  const HOLD_FRAMES = 24; // 1 s of the clean picture before the loop starts again
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  document.body.append(canvas);
  const g = canvas.getContext('2d')!;

  // The target picture: a sun over a hill under a sky, drawn once.
  g.fillStyle = '#2f6db5';
  g.fillRect(0, 0, WIDTH, HEIGHT);
  g.fillStyle = '#f2b632';
  g.beginPath();
  g.arc(WIDTH * 0.66, HEIGHT * 0.38, HEIGHT * 0.2, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#2e8b57';
  g.beginPath();
  g.ellipse(WIDTH * 0.3, HEIGHT * 1.05, WIDTH * 0.55, HEIGHT * 0.42, 0, 0, Math.PI * 2);
  g.fill();
  const target = g.getImageData(0, 0, WIDTH, HEIGHT);
  const frame = g.createImageData(WIDTH, HEIGHT);

  // A seeded generator: the same video every time the script runs.
  let seed = 17;
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };

  /** Frame n: the picture blended with fresh noise whose share falls on a cosine schedule. */
  const draw = (n: number): void => {
    const t = Math.min(n / DENOISE_FRAMES, 1);
    const signal = Math.sin((t * Math.PI) / 2) ** 2;
    for (let cy = 0; cy < HEIGHT; cy += CELL) {
      for (let cx = 0; cx < WIDTH; cx += CELL) {
        const noise = [random() * 255, random() * 255, random() * 255];
        for (let y = cy; y < Math.min(cy + CELL, HEIGHT); y++) {
          for (let x = cx; x < Math.min(cx + CELL, WIDTH); x++) {
            const i = (y * WIDTH + x) * 4;
            for (let c = 0; c < 3; c++) frame.data[i + c] = signal * target.data[i + c]! + (1 - signal) * noise[c]!;
            frame.data[i + 3] = 255;
          }
        }
      }
    }
    g.putImageData(frame, 0, 0);
  };

  draw(0);
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp9', videoBitsPerSecond: 600_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  recorder.start();
  return new Promise((resolve, reject) => {
    let n = 0;
    const timer = window.setInterval(() => {
      if (n >= DENOISE_FRAMES + HOLD_FRAMES) {
        window.clearInterval(timer);
        recorder.stop();
        void stopped
          .then(async () => {
            const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
            let binary = '';
            for (const byte of bytes) binary += String.fromCharCode(byte);
            resolve({ video: btoa(binary), poster: canvas.toDataURL('image/png').split(',')[1]! });
          })
          .catch(reject);
        return;
      }
      draw(n++);
      track.requestFrame();
    }, 1000 / FPS);
  });
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><body style="margin:0"></body>');
  const { video, poster } = await page.evaluate(record);
  for (const [file, base64] of [
    [values.out, video],
    [values.poster, poster],
  ] as const) {
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed: a failed run leaves the old file, never half a new one.
    await writeFile(`${file}.tmp`, Buffer.from(base64, 'base64'));
    await rename(`${file}.tmp`, file);
    console.log(`wrote ${file} (${Math.round(Buffer.from(base64, 'base64').length / 1024)} KB)`);
  }
} finally {
  await browser.close();
}
