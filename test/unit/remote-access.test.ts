import { describe, expect, test } from 'vitest';
import { isLoopback, isTrustedRemote, readCookie, secretMatches } from '../../src/security/remote-access.ts';

describe('isLoopback', () => {
  test('only this machine’s loopback addresses count, IPv4 mapped into IPv6 included', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.1']) expect(isLoopback(address), address).toBe(true);
    for (const address of [undefined, '', '192.168.1.20', '::ffff:192.168.1.20', 'fd00::2', '10.127.0.1', '127.0.0.1.evil', '0.0.0.0', '::']) {
      expect(isLoopback(address), String(address)).toBe(false);
    }
  });
});

describe('secretMatches', () => {
  test('accepts the secret only, whatever the length or type of the guess', () => {
    expect(secretMatches('s3cret-XYZ', 's3cret-XYZ')).toBe(true);
    for (const guess of ['s3cret-XY', 's3cret-XYZ ', 'S3CRET-XYZ', '', undefined, null, 42, ['s3cret-XYZ']]) {
      expect(secretMatches(guess, 's3cret-XYZ'), String(guess)).toBe(false);
    }
  });
});

describe('readCookie', () => {
  test('finds one cookie by exact name and decodes it', () => {
    expect(readCookie('a=1; talk-remote=x%2By; b=2', 'talk-remote')).toBe('x+y');
    expect(readCookie('my-talk-remote=1', 'talk-remote')).toBeUndefined();
    expect(readCookie(undefined, 'talk-remote')).toBeUndefined();
    expect(readCookie('talk-remote=%E0', 'talk-remote')).toBeUndefined();
  });
});

describe('isTrustedRemote', () => {
  test('with a secret, every remote must prove it, on this machine too', () => {
    expect(isTrustedRemote('abc', false, 'abc')).toBe(true);
    expect(isTrustedRemote('abc', true, 'abc')).toBe(true);
    expect(isTrustedRemote('abc', true, undefined)).toBe(false);
    expect(isTrustedRemote('abc', false, 'abd')).toBe(false);
  });

  test('without a secret (plain npm start), only a remote on this machine is served', () => {
    expect(isTrustedRemote(undefined, true, undefined)).toBe(true);
    expect(isTrustedRemote(undefined, false, undefined)).toBe(false);
    expect(isTrustedRemote(undefined, false, 'anything')).toBe(false);
  });
});
