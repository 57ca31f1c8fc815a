import { createHash, timingSafeEqual } from 'node:crypto';

/** The cookie that carries the remote's secret from the QR code's page to its scripts and the deck module. */
export const REMOTE_COOKIE = 'talk-remote';

/** A connection from this machine's own loopback interface (127.0.0.0/8, ::1, or 127.x mapped into IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  if (address === '::1') return true;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * Whether a connection comes from the laptop: one of `laptop`'s addresses (an IPv4 address mapped
 * into IPv6 counts as itself), or loopback when no list is given.
 */
export function isLaptop(address: string | undefined, laptop: readonly string[] | undefined): boolean {
  if (!laptop) return isLoopback(address);
  if (!address) return false;
  const plain = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return laptop.includes(plain);
}

/**
 * Whether `given` is the secret, in time that does not depend on where they differ. Both sides
 * are hashed first: timingSafeEqual needs buffers of equal length, and the length stays hidden too.
 */
export function secretMatches(given: unknown, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** The value of cookie `name` in a Cookie header, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Whether a remote may see the deck's state and send commands. With a secret (`npm start --
 * --remote`) it must prove the secret, wherever it is; without one the remote is off for other
 * machines and works only in a browser on this machine.
 */
export function isTrustedRemote(secret: string | undefined, loopback: boolean, given: unknown): boolean {
  return secret === undefined ? loopback : secretMatches(given, secret);
}
