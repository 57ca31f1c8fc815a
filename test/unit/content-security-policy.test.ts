import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../src/security/content-security-policy.ts';

describe('contentSecurityPolicy', () => {
  test('allows only the page’s own origin for scripts, connections and everything else', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test('an inline script is allowed by its hash only', () => {
    const html = withContentSecurityPolicy('<html><head><title>x</title></head><body><script type="module">boot()</script><script src="./a.js"></script></body></html>');
    const hash = createHash('sha256').update('boot()').digest('base64');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    // Applying it again replaces the policy instead of adding a second one.
    expect(withContentSecurityPolicy(html).match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  test('a data block is not hashed (it never runs); the single file adds blob: for the scripts it links itself', () => {
    const html = withContentSecurityPolicy('<html><head></head><body><script type="application/json" id="d">[1]</script></body></html>', { scriptSources: ['blob:'] });
    expect(html).toContain(`script-src 'self' blob:"`);
    expect(withContentSecurityPolicy('<html><head></head><body></body></html>')).not.toMatch(/script-src[^;"]*blob:/);
  });
});
