import net from 'node:net';

/** The address a test's "phone" connects from: loopback, but not the laptop's 127.0.0.1. */
export const PHONE_ADDRESS = '127.0.0.2';

/** A port on 127.0.0.1 whose connections reach `target` from PHONE_ADDRESS. */
export interface PhoneProxy {
  /** `http://127.0.0.1:<port>/`: open it in a browser page, and the server sees a phone. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Chromium cannot choose the address it connects from, so a browser page that stands for a phone
 * goes through this proxy, which connects onward from 127.0.0.2: the server (told that only
 * 127.0.0.1 is the laptop) sees another machine, and no traffic leaves loopback.
 */
export async function startPhoneProxy(target: URL): Promise<PhoneProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port), localAddress: PHONE_ADDRESS });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
