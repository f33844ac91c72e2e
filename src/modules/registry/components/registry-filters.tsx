// The registry's search and filter form: a GET form that works without JavaScript, each
// choice with how many networks it would give given the other filters. On a phone the
// filters fold into a <details> disclosure under the search field, so the results start on
// the first screen; on a wider screen they are always open (globals.css, .filter-disclosure).
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';

import type { FilterOption } from '../filter-options';
import type { RegistryQuery, RegistrySort } from '../registry-query';

import { LiveFilterForm } from './live-search';

export type RegistryFilterChoices = {
  initiator: FilterOption[];
  status: FilterOption[];
  area: FilterOption[];
  funder: FilterOption[];
  county: FilterOption[];
  open: number;
  sorts: Array<{ sort: RegistrySort; value: string }>;
};

const fieldClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base';
const yearClass = 'w-28 min-w-0 rounded bg-white px-3 py-2 text-base';

function SelectFilter({
  name,
  label,
  hint,
  allLabel,
  options,
  value,
  optionText,
}: {
  name: string;
  label: string;
  hint?: string;
  allLabel: string;
  options: FilterOption[];
  value: string | undefined;
  optionText: (label: string, count: number) => string;
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} aria-describedby={hint ? `${id}-hint` : undefined} className={fieldClass}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {optionText(option.label, option.count)}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
    </div>
  );
}

export function RegistryFilters({
  locale,
  t,
  query,
  reversedYears,
  choices,
  hasFilters,
  children,
}: {
  locale: Locale;
  t: Messages['registry'];
  query: RegistryQuery;
  /** The year range the person typed backwards, explained by the year fields. */
  reversedYears?: { from: number; to: number };
  choices: RegistryFilterChoices;
  hasFilters: boolean;
  /** Hidden fields that carry state the visible controls do not (e.g. a page size). */
  children?: React.ReactNode;
}) {
  const f = t.filters;
  const sortValue = choices.sorts.find((s) => s.sort === query.sort)?.value ?? '';
  const chosen = [query.initiator, query.status, query.area, query.funder, query.county, query.open].filter(Boolean).length +
    (query.yearFrom !== undefined || query.yearTo !== undefined || reversedYears ? 1 : 0);
  return (
    <LiveFilterForm action={`/${locale}/networks`} role="search" aria-labelledby="filters-heading" className="space-y-4">
      <h2 id="filters-heading" className="text-xl font-semibold">
        {f.heading}
      </h2>
      {children}

      <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          <label htmlFor="filter-q" className="block font-medium">
            {f.search}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={query.q ?? ''}
            aria-describedby="filter-q-hint"
            autoComplete="off"
            className={fieldClass}
          />
          <p id="filter-q-hint" className="mt-1 text-sm text-slate-700">
            {f.searchHint}
          </p>
        </div>
        <div>
          <label htmlFor="filter-sort" className="block font-medium">
            {f.sort}
          </label>
          <select id="filter-sort" name="sort" defaultValue={sortValue} className={fieldClass}>
            {choices.sorts.map(({ sort, value }) => (
              // Keyed by value: the default option stays the same element (and stays selected)
              // when its label turns from name to relevance as a search is typed.
              <option key={value} value={value}>
                {t.sorts[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {/* Open on a phone only when there is a mistake to see; the browser keeps it as the person left it. */}
      <details className="filter-disclosure group" open={reversedYears ? true : undefined}>
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded border border-slate-500 bg-white px-3 py-2 font-medium [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {f.more}
          {chosen > 0 && <span className="text-slate-700">({f.chosen(chosen)})</span>}
        </summary>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 md:mt-0 lg:grid-cols-3">
          <SelectFilter name="initiator" label={f.initiator} allLabel={f.all} options={choices.initiator} value={query.initiator} optionText={t.optionCount} />
          <SelectFilter name="status" label={f.status} allLabel={f.all} options={choices.status} value={query.status} optionText={t.optionCount} />
          <SelectFilter name="area" label={f.area} allLabel={f.all} options={choices.area} value={query.area} optionText={t.optionCount} />
          <SelectFilter name="funder" label={f.funder} allLabel={f.all} options={choices.funder} value={query.funder} optionText={t.optionCount} />
          <SelectFilter
            name="county"
            label={f.county}
            hint={f.countyHint}
            allLabel={f.all}
            options={choices.county}
            value={query.county}
            optionText={t.optionCount}
          />
          <fieldset>
            <legend className="font-medium">{f.startYear}</legend>
            <div className="mt-1 flex items-center gap-2">
              <label htmlFor="filter-yearFrom">{f.yearFrom}</label>
              <input
                id="filter-yearFrom"
                name="yearFrom"
                type="number"
                inputMode="numeric"
                min={1900}
                max={2100}
                step={1}
                defaultValue={query.yearFrom ?? ''}
                className={`${yearClass} border border-slate-500`}
              />
              <label htmlFor="filter-yearTo">{f.yearTo}</label>
              <input
                id="filter-yearTo"
                name="yearTo"
                type="number"
                inputMode="numeric"
                min={1900}
                max={2100}
                step={1}
                defaultValue={reversedYears?.to ?? query.yearTo ?? ''}
                aria-invalid={reversedYears ? true : undefined}
                aria-describedby={reversedYears ? 'filter-years-error' : undefined}
                className={`${yearClass} ${reversedYears ? 'border-2 border-red-700' : 'border border-slate-500'}`}
              />
            </div>
            {reversedYears && (
              <p id="filter-years-error" className="mt-2 text-sm font-medium text-red-800">
                {f.yearsReversed(reversedYears.from, reversedYears.to)}
              </p>
            )}
          </fieldset>
        </div>

        <div className="mt-4 flex items-center gap-2 py-2">
          <input id="filter-open" name="open" type="checkbox" value="1" defaultChecked={query.open ?? false} className="size-5 accent-brand-700" />
          <label htmlFor="filter-open">{t.optionCount(f.open, choices.open)}</label>
        </div>
      </details>

      <div className="flex flex-wrap items-center gap-x-6 gap-y-3 sm:justify-end">
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900">
          {f.submit}
        </button>
        {hasFilters && (
          <Link href={`/${locale}/networks`} className="font-semibold text-brand-700 underline underline-offset-2 hover:no-underline">
            {f.clear}
          </Link>
        )}
      </div>
    </LiveFilterForm>
  );
}
