// Rule options (`meta.options`): what a rule's check receives and what a
// configuration may give. The engine fills in the defaults and ignores a value
// of the wrong type (the rule then sees its default); the configuration
// reader reports unknown keys and wrong types as problems (config/index.ts).

import type { RuleMeta, RuleOptionSpec } from './types';

/** A given value read as the option's type; undefined when it does not fit. */
export function optionValue(spec: RuleOptionSpec, v: unknown): unknown {
  switch (spec.type) {
    case 'boolean':
      return typeof v === 'boolean' ? v : undefined;
    case 'strings':
      // Items that are not strings are left out (the configuration reports them).
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
    case 'enum': {
      if (typeof v !== 'string' && typeof v !== 'boolean') return undefined;
      const k = String(v).toLowerCase();
      const hit = spec.values.find((x) => x.toLowerCase() === k);
      return hit ?? spec.aliases?.[k];
    }
  }
}

/** The options a rule's check receives: each declared option, given or its default. */
export function resolveRuleOptions(meta: Pick<RuleMeta, 'options'>, given: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(meta.options ?? {})) {
    const v = given && Object.prototype.hasOwnProperty.call(given, key) ? optionValue(spec, given[key]) : undefined;
    out[key] = v ?? spec.default;
  }
  return out;
}

/** How an option's type is written for people (messages, docs). */
export function optionTypeText(spec: RuleOptionSpec): string {
  switch (spec.type) {
    case 'boolean':
      return 'true | false';
    case 'strings':
      return 'string[]';
    case 'enum':
      return spec.values.map((x) => JSON.stringify(x)).join(' | ');
  }
}
