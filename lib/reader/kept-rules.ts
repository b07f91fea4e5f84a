/**
 * "Always keep this kind on this site": per site, the clutter rules the reader no longer removes.
 * Stored locally, validated on read like every setting, and undone from the options page.
 */
export type KeptRules = Readonly<Record<string, readonly string[]>>;

const MAX_SITES = 300;
const MAX_RULES_PER_SITE = 100;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The site a rule is kept on: the host without `www.`, so both spellings of one site share it. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export function normalizeKeptRules(raw: unknown): KeptRules {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const entries = Object.entries(raw as Record<string, unknown>).flatMap(([site, ids]) => {
    if (!Array.isArray(ids) || siteOf(`https://${site}/`) !== site) return [];
    const valid = [...new Set(ids.filter((id): id is string => typeof id === 'string' && RULE_ID.test(id)))];
    return valid.length > 0 ? [[site, valid.slice(0, MAX_RULES_PER_SITE)] as const] : [];
  });
  return Object.fromEntries(entries.slice(0, MAX_SITES));
}

export function keptOn(kept: KeptRules, url: string): readonly string[] {
  const site = siteOf(url);
  return (site && kept[site]) || [];
}

export function keepRules(kept: KeptRules, url: string, ruleIds: readonly string[]): KeptRules {
  const site = siteOf(url);
  if (!site) return kept;
  return normalizeKeptRules({ ...kept, [site]: [...(kept[site] ?? []), ...ruleIds] });
}

export function forgetSite(kept: KeptRules, site: string): KeptRules {
  const { [site]: _forgotten, ...rest } = kept;
  return rest;
}
