import type { Plugin } from 'vite';
import { withContentSecurityPolicy } from '../security/content-security-policy.ts';

/** `talk:csp`: every built page carries a Content-Security-Policy that allows only its own origin. */
export function cspPlugin(): Plugin {
  return {
    name: 'talk:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withContentSecurityPolicy(html),
    },
  };
}
