import { preview, type PreviewServer } from 'vite';

/** A static server for a built deck on a loopback port. */
export interface DistServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `outDir` on 127.0.0.1 at a free port, under `base` (default `/`). */
export async function serveDist(outDir: string, base = '/'): Promise<DistServer> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    base,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => server.close(),
  };
}
