// The choices in the registry's filter selects, each with how many networks it would give.
// Pure functions over the facet counts, so the rules (which choices show, in what order)
// are unit-tested without a database.
import { collator } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';

import type { RegistrySort } from './registry-query';
import type { FacetCount } from './search';

export type FilterOption = { value: string; label: string; count: number };

/** A fixed list of choices (initiator, status) in its own order; a choice nothing matches shows 0. */
export function fixedOptions(choices: ReadonlyArray<{ value: string; label: string }>, facet: FacetCount[]): FilterOption[] {
  const counts = new Map(facet.map((f) => [f.value, f.count]));
  return choices.map(({ value, label }) => ({ value, label, count: counts.get(value) ?? 0 }));
}

/**
 * An open list of choices (area, funder, county): those that match at least one network,
 * plus the selected one even when nothing matches it now (so the select can still show it),
 * in alphabetical order of the label in the page's language.
 */
export function facetOptions(
  facet: FacetCount[],
  labelOf: (choice: FacetCount) => string,
  locale: Locale,
  selected?: { value: string; label: string },
): FilterOption[] {
  const options = facet.filter((f) => f.count > 0).map((f) => ({ value: f.value, label: labelOf(f), count: f.count }));
  if (selected && !options.some((o) => o.value === selected.value)) options.push({ ...selected, count: 0 });
  const byLabel = collator(locale);
  return options.sort((a, b) => byLabel.compare(a.label, b.label) || byLabel.compare(a.value, b.value));
}

/**
 * The sort choices. The default sort (relevance when searching, name otherwise) has the
 * empty value, so a search typed into the form without touching the sort is ranked by
 * relevance, with JavaScript or without.
 */
export function sortOptions(hasSearch: boolean): Array<{ sort: RegistrySort; value: string }> {
  const sorts: RegistrySort[] = hasSearch ? ['relevance', 'name', 'year', 'members', 'activity'] : ['name', 'year', 'members', 'activity'];
  return sorts.map((sort, i) => ({ sort, value: i === 0 ? '' : sort }));
}
