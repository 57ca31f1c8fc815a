// The audience load benchmark's viewers, in a process of their own so that the server's memory
// is measured apart from theirs: opens N websockets to the relay from 127.0.0.x (loopback only),
// and reports to the parent when each state arrives, in the shared wall clock.
import { WebSocket } from 'ws';

const [url, count] = [process.argv[2], Number(process.argv[3])];
const now = () => performance.timeOrigin + performance.now();
const sockets = [];
let opened = 0;
/** Arrival times of the state whose h is the key. */
const arrivals = new Map();

for (let i = 0; i < count; i++) {
  // Spread over a few source addresses: each has its own 28k ephemeral ports.
  const socket = new WebSocket(url, { localAddress: `127.0.0.${2 + (i % 8)}`, perMessageDeflate: false });
  sockets.push(socket);
  socket.on('open', () => {
    socket.send(JSON.stringify({ type: 'hello', locale: i % 2 ? 'zh' : 'en' }));
    if (++opened === count) process.send({ type: 'open' });
  });
  socket.on('message', (data) => {
    const at = now();
    const message = JSON.parse(String(data));
    if (message.type !== 'state') return;
    const list = arrivals.get(message.state.h) ?? [];
    list.push(at);
    arrivals.set(message.state.h, list);
    if (list.length === count) process.send({ type: 'arrived', h: message.state.h, times: list });
  });
  socket.on('error', (error) => process.send({ type: 'error', message: String(error) }));
}

process.on('message', (message) => {
  if (message.type !== 'close') return;
  sockets.forEach((socket) => socket.terminate());
  process.exit(0);
});
