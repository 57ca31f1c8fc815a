import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { talkConfig, type TalkConfigOptions } from '../../src/vite/talk-config.ts';

/**
 * Starts the dev server as `npm start` does, on 127.0.0.1 at a free port, with a cache folder of
 * its own (`name`): dev servers of different configurations in parallel test files would otherwise
 * re-optimize each other's pre-bundled dependencies in one folder, under pages still loading them.
 */
export async function startDevServer(name: string, options: TalkConfigOptions = {}): Promise<{ server: ViteDevServer; url: string }> {
  const config = talkConfig({ logLevel: 'silent', ...options, server: { host: '127.0.0.1', port: 0, strictPort: false, ...options.server } });
  const server = await createServer({ ...config, cacheDir: path.resolve('.cache/vite-test', name) });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
