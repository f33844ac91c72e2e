// Every open market dialogue in the country, across networks, soonest closing first: filtered
// by form, ladder step, thematic area and deadline, with a count per choice, and paged. The
// filters are a plain GET form, so a filtered list is a link to share and needs no script.
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { formatStockholmInstant } from '@/i18n/stockholm-time';
import { buttonClass, inputClass } from '@/ui/form-classes';
import type { SearchParams } from '@/ui/search-params';

import { DIALOGUE_FORMS } from './dialogue-fields';
import { DEADLINES, dialogueListHref, filterDialogues, LADDER_STEPS, pageAfter, parseDialogueListQuery, type DialogueListQuery } from './dialogue-list';
import { dialoguePath, dialoguesFeedPath, dialoguesPath } from './dialogue-paths';
import { listAreas, listOpenDialogues } from './dialogue-queries';

export async function DialoguesPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const messages = getMessages(locale);
  const t = messages.dialogues;
  const query = parseDialogueListQuery(searchParams);
  const [open, areas] = await Promise.all([listOpenDialogues(), listAreas()]);
  const areaSlugById = new Map(areas.map((area) => [area.id, area.slug]));
  const listed = open.map((dialogue) => ({ ...dialogue, areaSlug: areaSlugById.get(dialogue.areaId) ?? '' }));
  const now = new Date();
  const { items, facets } = filterDialogues(listed, query, now);
  const { page, nextCursor, invalidCursor } = pageAfter(items, query.cursor);
  const base = dialoguesPath(locale);
  const filtered = Boolean(query.form || query.step || query.area || query.deadline);
  const count = (label: string, n: number | undefined) => fill(t.optionCount, { label, count: n ?? 0 });
  const areaName = (area: (typeof areas)[number]) => (locale === 'sv' ? area.nameSv : area.nameEn);

  const select = (name: keyof DialogueListQuery, label: string, options: Array<{ value: string; label: string }>) => (
    <div>
      <label htmlFor={`filter-${name}`} className="font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={query[name] ?? ''} className={inputClass(false)}>
        <option value="">{t.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p>{t.lead}</p>
        <p>
          <a href={dialoguesFeedPath(locale)} className="text-brand-700 underline">
            {t.feed}
          </a>
        </p>
      </div>

      <form method="get" action={base} aria-labelledby="filters-heading" className="space-y-4 rounded border border-slate-300 p-4">
        <h2 id="filters-heading" className="text-xl font-semibold">
          {t.filtersHeading}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {select(
            'form',
            t.form,
            DIALOGUE_FORMS.map((form) => ({ value: form, label: count(messages.dialogueEnums.form[form], facets.form[form]) })),
          )}
          {select(
            'step',
            t.ladderStep,
            LADDER_STEPS.map((step) => ({ value: step, label: count(messages.needEnums.step[step], facets.step[step]) })),
          )}
          {select(
            'area',
            t.area,
            [...areas]
              .sort((a, b) => areaName(a).localeCompare(areaName(b), locale))
              .map((area) => ({ value: area.slug, label: count(areaName(area), facets.area[area.slug]) })),
          )}
          {select(
            'deadline',
            t.deadline,
            (Object.keys(DEADLINES) as Array<keyof typeof DEADLINES>).map((deadline) => ({ value: deadline, label: count(t.deadlineOptions[deadline], facets.deadline[deadline]) })),
          )}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass}>
            {t.apply}
          </button>
          {filtered && (
            <Link href={base} className="text-brand-700 underline">
              {t.clear}
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="text-xl font-semibold" aria-live="polite">
          {t.resultCount(items.length)}
        </h2>
        {invalidCursor && <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t.invalidCursor}</p>}
        {page.length === 0 ? (
          <p>{filtered ? t.emptyFiltered : t.empty}</p>
        ) : (
          <ul className="space-y-4">
            {page.map((dialogue) => (
              <li key={dialogue.id} className="rounded border border-slate-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={dialoguePath(locale, dialogue.id)} className="text-brand-700 underline" lang={contentLang(dialogue.network.contentLocale, locale)}>
                    {dialogue.title}
                  </Link>
                </h3>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
                  <dt className="font-medium">{t.network}</dt>
                  <dd>
                    <Link href={`/${locale}/networks/${encodeURIComponent(dialogue.network.slug)}`} className="text-brand-700 underline">
                      {dialogue.network.name}
                    </Link>
                  </dd>
                  <dt className="font-medium">{t.form}</dt>
                  <dd>{messages.dialogueEnums.form[dialogue.form]}</dd>
                  {dialogue.steps.length > 0 && (
                    <>
                      <dt className="font-medium">{t.ladderStep}</dt>
                      <dd>{dialogue.steps.map((step) => messages.needEnums.step[step]).join(', ')}</dd>
                    </>
                  )}
                  <dt className="font-medium">{t.questionsClose}</dt>
                  <dd>{formatStockholmInstant(dialogue.questionsCloseAt, locale)}</dd>
                  <dt className="font-medium">{t.closes}</dt>
                  <dd>{formatStockholmInstant(dialogue.closesAt, locale)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label={t.title} className="flex gap-6">
          {query.cursor && !invalidCursor && (
            <Link href={dialogueListHref(base, { ...query, cursor: undefined })} className="text-brand-700 underline">
              {t.first}
            </Link>
          )}
          {nextCursor && (
            <Link href={dialogueListHref(base, { ...query, cursor: nextCursor })} className="text-brand-700 underline">
              {t.next}
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
