import type { Plugin } from 'vite';

/**
 * Every clutter rule and pager label carries `why` and `fixture` (lib/rules/clutter-rule-types.ts):
 * provenance for the people and tests that read them. The extension never reads either, and they
 * were a tenth of the injected script, so the build leaves them out.
 */
const PROVENANCE = /\b(?:why|fixture):\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*,?/g;
const RULE_FILES = /\/lib\/(?:rules\/.*|pagination\/pager-labels)\.ts$/;

export function withoutRuleProvenance(source: string): string {
  return source.replace(PROVENANCE, '');
}

export function stripRuleProvenance(): Plugin {
  return {
    name: 'strip-rule-provenance',
    enforce: 'pre',
    transform: (code, id) => (RULE_FILES.test(id.split('?')[0]!) ? { code: withoutRuleProvenance(code), map: null } : null),
  };
}
