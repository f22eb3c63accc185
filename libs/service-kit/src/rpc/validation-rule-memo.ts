import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type RuleLookup = MetadataStorage['getTargetValidationMetadatas'];
type Rules = ReturnType<RuleLookup>;

const installed = new WeakSet<MetadataStorage>();

/**
 * Memoises class-validator's lookup of a class's rules, and their grouping by property.
 *
 * class-validator finds a class's inherited rules by testing `instanceof` against every class that has
 * rules, on every object it validates. Every process loads the fleet's shared request classes (several
 * hundred), so on the order path that scan cost more than the checks themselves (docs/benchmarks.md,
 * "Before and after the structural renovation"). A class's rules are fixed once its decorators have run,
 * so each lookup is kept per class and options; registering any new rule drops every kept lookup. The
 * kept arrays are only read by class-validator, never changed.
 */
export function memoiseValidationRules(storage: MetadataStorage = getMetadataStorage()): void {
  if (installed.has(storage)) return;
  installed.add(storage);

  let byTarget = new Map<unknown, Map<string, Rules>>();
  let grouped = new WeakMap<Rules, Record<string, Rules>>();
  const lookUp: RuleLookup = storage.getTargetValidationMetadatas.bind(storage);
  const groupByProperty = storage.groupByPropertyName.bind(storage);
  const register = storage.addValidationMetadata.bind(storage);

  storage.addValidationMetadata = (metadata) => {
    byTarget = new Map();
    grouped = new WeakMap();
    register(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema ?? ''}|${always ? 1 : 0}|${strictGroups ? 1 : 0}|${groups?.join(',') ?? ''}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let rules = forTarget.get(key);
    if (!rules) forTarget.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (rules) => {
    let byProperty = grouped.get(rules);
    if (!byProperty) grouped.set(rules, (byProperty = groupByProperty(rules)));
    return byProperty;
  };
}
