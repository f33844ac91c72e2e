// The network's ladder board: its needs in three columns by step of the innovation ladder
// (initiate, introduce, implement) and those not assessed yet, each with status, priority
// (the latest closed prioritisation round) and, for participants, its owner. The filters are a
// GET form, so every view is a link and works without JavaScript; the same needs follow as a
// table. The public sees the needs the network made public, without owners.
import Link from 'next/link';

import type { LadderStep } from '@/generated/prisma/enums';
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { getNetworkViewer } from '@/server/network-viewer';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { buttonClass } from '@/ui/form-classes';
import type { SearchParams } from '@/ui/search-params';

import { NeedStatusBadge } from './components/need-status-badge';
import { groupByStep, hasFilters, parseBoardFilters, type BoardFilters } from './ladder-board';
import { boardPath } from './ladder-paths';
import { boardFilterOptions, listBoardNeeds, type BoardNeed } from './ladder-queries';
import { seesAllNeeds } from './need-access';
import { needPath } from './need-paths';
import { NEED_STATUSES } from './need-status';
import { latestPriorityByNeed, type NeedPriority } from './round-queries';


export async function ladderBoardPageTitle(locale: Locale, slug: string): Promise<string> {
  const { network } = await getNetworkViewer(slug);
  return getMessages(locale).ladder.board.metaTitle(network.name);
}

export async function LadderBoardPage({ locale, slug, searchParams }: { locale: Locale; slug: string; searchParams: SearchParams }) {
  const { network, viewer } = await getNetworkViewer(slug);
  const messages = getMessages(locale);
  const t = messages.ladder.board;
  const insider = seesAllNeeds(viewer);
  const filters = parseBoardFilters(searchParams, { ownersVisible: insider });
  const [{ needs, total }, options, priorities] = await Promise.all([
    listBoardNeeds(network.id, { publicOnly: !insider, filters }),
    boardFilterOptions(network.id, { publicOnly: !insider }),
    latestPriorityByNeed(network.id),
  ]);
  const columns = groupByStep(needs);
  const filtered = hasFilters(filters);
  const base = boardPath(locale, network.slug);
  const written = contentLang(network.contentLocale, locale);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{insider ? t.lead : t.publicLead}</p>
      </div>

      <Filters locale={locale} action={base} filters={filters} options={options} insider={insider} filtered={filtered} messages={messages} />

      {total > needs.length && (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t.truncated(needs.length, total)}
        </p>
      )}

      {needs.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{filtered ? t.emptyFiltered : insider ? t.empty : t.emptyPublic}</p>
      ) : (
        <>
          <div className="grid gap-4 md:grid-cols-3">
            {columns.steps.map(({ step, needs: stepNeeds }) => (
              <Column
                key={step}
                id={`board-${step.toLowerCase()}`}
                heading={messages.needEnums.step[step]}
                lead={messages.needEnums.stepLead[step]}
                needs={stepNeeds}
                locale={locale}
                slug={network.slug}
                priorities={priorities}
                insider={insider}
                written={written}
              />
            ))}
          </div>
          {columns.unassessed.length > 0 && (
            <Column
              id="board-unassessed"
              heading={t.unassessed}
              lead={t.unassessedLead}
              needs={columns.unassessed}
              locale={locale}
              slug={network.slug}
              priorities={priorities}
              insider={insider}
              written={written}
              wide
            />
          )}
          <BoardTable locale={locale} slug={network.slug} needs={needs} priorities={priorities} insider={insider} written={written} />
        </>
      )}
    </div>
  );
}

function Filters({
  locale,
  action,
  filters,
  options,
  insider,
  filtered,
  messages,
}: {
  locale: Locale;
  action: string;
  filters: BoardFilters;
  options: Awaited<ReturnType<typeof boardFilterOptions>>;
  insider: boolean;
  filtered: boolean;
  messages: Messages;
}) {
  const t = messages.ladder.board.filters;
  const select = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base';
  return (
    <form method="get" action={action} aria-labelledby="board-filters" className="rounded border border-slate-300 p-4">
      <h2 id="board-filters" className="text-xl font-semibold">
        {t.heading}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="board-status" className="block font-medium">
            {t.status}
          </label>
          <select id="board-status" name="status" defaultValue={filters.status ?? ''} className={select}>
            <option value="">{t.anyStatus}</option>
            {NEED_STATUSES.map((status) => (
              <option key={status} value={status}>
                {messages.needEnums.status[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="board-area" className="block font-medium">
            {t.area}
          </label>
          <select id="board-area" name="area" defaultValue={filters.area ?? ''} className={select}>
            <option value="">{t.anyArea}</option>
            {options.areas.map((area) => (
              <option key={area.slug} value={area.slug}>
                {locale === 'sv' ? area.nameSv : area.nameEn}
              </option>
            ))}
          </select>
        </div>
        {insider && (
          <div>
            <label htmlFor="board-owner" className="block font-medium">
              {t.owner}
            </label>
            <select id="board-owner" name="owner" defaultValue={filters.owner ?? ''} className={select}>
              <option value="">{t.anyOwner}</option>
              {options.owners.map((owner) => (
                <option key={owner.id} value={owner.id}>
                  {owner.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="mt-3 flex items-center gap-2">
        <input id="board-closed" type="checkbox" name="closed" value="1" defaultChecked={filters.includeClosed} className="h-4 w-4" />
        <label htmlFor="board-closed">{t.includeClosed}</label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass}>
          {t.apply}
        </button>
        {filtered && (
          <Link href={action} className="text-brand-700 underline">
            {t.clear}
          </Link>
        )}
      </div>
    </form>
  );
}

/** `written`: the lang of the needs' titles, in the network's language (undefined when it is the page's). */
type CardProps = { locale: Locale; slug: string; priorities: Map<string, NeedPriority>; insider: boolean; written: Locale | undefined };

function priorityText(priority: NeedPriority | undefined, messages: Messages): string {
  const t = messages.ladder.board.card;
  return priority ? t.rank(priority.rank, priority.needsInRound, priority.roundTitle) : t.notRanked;
}

function Column({ id, heading, lead, needs, wide = false, ...card }: CardProps & { id: string; heading: string; lead: string; needs: BoardNeed[]; wide?: boolean }) {
  const messages = getMessages(card.locale);
  const t = messages.ladder.board;
  return (
    <section aria-labelledby={id} className="rounded border border-slate-300 bg-slate-50 p-3">
      <h2 id={id} className="text-xl font-semibold">
        {heading} <span className="text-base font-normal text-slate-700">({t.count(needs.length)})</span>
      </h2>
      <p className="text-sm text-slate-700">{lead}</p>
      {needs.length === 0 ? (
        <p className="mt-3 text-slate-700">{t.columnEmpty}</p>
      ) : (
        <ul className={`mt-3 grid gap-3 ${wide ? 'sm:grid-cols-2 lg:grid-cols-3' : ''}`}>
          {needs.map((need) => (
            <Card key={need.id} need={need} {...card} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Card({ need, locale, slug, priorities, insider, written }: CardProps & { need: BoardNeed }) {
  const messages = getMessages(locale);
  const t = messages.ladder.board.card;
  return (
    <li className="rounded border border-slate-300 bg-white p-3 shadow-sm">
      <h3 className="font-semibold">
        <Link href={needPath(locale, slug, need.id)} className="text-brand-700 underline" lang={written}>
          {need.title}
        </Link>
      </h3>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-700">{t.status}</dt>
        <dd>
          <NeedStatusBadge status={need.status} locale={locale} />
        </dd>
        <dt className="text-slate-700">{t.priority}</dt>
        <dd>{priorityText(priorities.get(need.id), messages)}</dd>
        {insider && (
          <>
            <dt className="text-slate-700">{t.owner}</dt>
            <dd>{need.owner?.name ?? t.noOwner}</dd>
          </>
        )}
      </dl>
      {insider && !need.isPublic && <p className="mt-2 text-sm text-slate-700">{t.notPublic}</p>}
    </li>
  );
}

/** The table lists the needs in the columns' order: by step, then those not assessed. */
const byStep = (needs: BoardNeed[]) => {
  const { steps, unassessed } = groupByStep(needs);
  return [...steps.flatMap((column) => column.needs), ...unassessed];
};

function BoardTable({ locale, slug, needs, priorities, insider, written }: CardProps & { needs: BoardNeed[] }) {
  const messages = getMessages(locale);
  const t = messages.ladder.board.table;
  const stepName = (step: LadderStep | null) => (step ? messages.needEnums.step[step] : messages.ladder.board.unassessed);
  const columns = [{ label: t.need }, { label: t.step }, { label: t.status }, { label: t.priority }, { label: t.area }, ...(insider ? [{ label: t.owner }] : [])];
  return (
    <section aria-labelledby="board-table">
      <h2 id="board-table" className="text-2xl font-semibold">
        {t.heading}
      </h2>
      <DataTable caption={t.caption} labelledBy="board-table" minWidth="min-w-[48rem]" className="mt-3" columns={columns}>
        {byStep(needs).map((need) => (
          <tr key={need.id} className={rowClass}>
            <th scope="row" className={`${cellClass} text-left font-normal`}>
              <Link href={needPath(locale, slug, need.id)} className="text-brand-700 underline" lang={written}>
                {need.title}
              </Link>
            </th>
            <td className={cellClass}>{stepName(need.ladderStep)}</td>
            <td className={cellClass}>{messages.needEnums.status[need.status]}</td>
            <td className={cellClass}>{priorityText(priorities.get(need.id), messages)}</td>
            <td className={insider ? cellClass : lastCellClass}>{locale === 'sv' ? need.area.nameSv : need.area.nameEn}</td>
            {insider && <td className={lastCellClass}>{need.owner?.name ?? messages.ladder.board.card.noOwner}</td>}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
