// The need's place on the innovation ladder: the current step, how it moved (every
// market-maturity assessment, newest first) and, for the network's participants, the
// checklist of the step's methods and dialogue topics as they work through it. The public
// sees the step and its history (without who assessed), not the network's checklist notes.
import Link from 'next/link';
import { Suspense } from 'react';

import type { LadderStep } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatCharterDate } from '@/modules/governance/client';
import { secondaryLinkButtonClass } from '@/ui/form-classes';

import { checklistOf, type ChecklistItem } from '../checklist-items';
import { LADDER_STEPS } from '../ladder';
import { MATURITY_QUESTIONS, evidenceField } from '../ladder-fields';
import { assessPath } from '../ladder-paths';
import { checklistEntries, listAssessments, type AssessmentRow, type ChecklistEntry } from '../ladder-queries';
import { getNeedForViewer, seesAllNeeds } from '../need-access';
import { AssessedConfirmation } from './assessed-confirmation';
import { ChecklistItemForm } from './checklist-item-form';
import type { NeedSectionProps } from './need-section-props';

export async function LadderSection({ locale, slug, needId }: NeedSectionProps) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  const messages = getMessages(locale);
  const t = messages.ladder;
  const insider = seesAllNeeds(viewer);
  const step = need.ladderStep;
  const [assessments, entries] = await Promise.all([
    listAssessments(need.id, { withAssessor: insider }),
    step && insider ? checklistEntries(need.id, step) : null,
  ]);
  const mayAssess = viewer.mayManage && need.status !== 'ARCHIVED';

  return (
    <section id="ladder" aria-labelledby="ladder-heading" className="max-w-3xl space-y-6">
      <h2 id="ladder-heading" className="text-2xl font-semibold">
        {t.section.heading}
      </h2>
      {step && (
        <Suspense fallback={null}>
          <AssessedConfirmation message={t.section.assessedConfirmation(messages.needEnums.step[step])} />
        </Suspense>
      )}

      {step ? (
        <StepNow step={step} messages={messages} />
      ) : (
        <p>
          {t.section.notAssessed} {mayAssess && t.section.notAssessedManager}
        </p>
      )}
      {mayAssess && (
        <p>
          <Link href={assessPath(locale, network.slug, need.id)} className={secondaryLinkButtonClass}>
            {step ? t.section.reassessLink : t.section.assessLink}
          </Link>
        </p>
      )}

      {step && entries && (
        <Checklist
          locale={locale}
          needId={need.id}
          step={step}
          entries={entries}
          mayUpdate={viewer.mayParticipate && need.status !== 'ARCHIVED'}
        />
      )}

      {assessments.length > 0 && <History locale={locale} assessments={assessments} />}
    </section>
  );
}

/** The three steps in the ladder's order, the need's step marked in words as well as in looks. */
function StepNow({ step, messages }: { step: LadderStep; messages: Messages }) {
  const t = messages.ladder.section;
  return (
    <div className="rounded border border-slate-300 bg-slate-50 p-4">
      <p className="text-sm font-medium text-slate-700">{t.currentStep}</p>
      <p className="text-2xl font-bold">{messages.needEnums.step[step]}</p>
      <p className="mt-1 text-slate-800">{messages.needEnums.stepLead[step]}</p>
      <ol className="mt-3 flex flex-wrap gap-2" aria-label={t.stepsLabel}>
        {LADDER_STEPS.map((s) => (
          <li
            key={s}
            aria-current={s === step ? 'step' : undefined}
            className={`rounded px-3 py-1 text-sm ${s === step ? 'bg-brand-700 font-semibold text-white' : 'border border-slate-400 bg-white text-slate-800'}`}
          >
            {messages.needEnums.step[s]}
            {s === step && <span aria-hidden="true"> ●</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Checklist({
  locale,
  needId,
  step,
  entries,
  mayUpdate,
}: {
  locale: Locale;
  needId: string;
  step: LadderStep;
  entries: Map<string, ChecklistEntry>;
  mayUpdate: boolean;
}) {
  const messages = getMessages(locale);
  const t = messages.ladder.checklist;
  const { methods, topics } = checklistOf(step, messages);
  const all = [...methods, ...topics];
  const done = all.filter((item) => entries.get(item.key)?.covered).length;
  const group = (heading: string, id: string, items: ChecklistItem[]) => (
    <div>
      <h4 id={id} className="text-lg font-semibold">
        {heading}
      </h4>
      <ul aria-labelledby={id} className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
        {items.map((item) => (
          <ChecklistRow key={item.key} locale={locale} needId={needId} item={item} entry={entries.get(item.key)} mayUpdate={mayUpdate} />
        ))}
      </ul>
    </div>
  );

  return (
    <div className="space-y-4">
      <div>
        <h3 className="text-xl font-semibold">{t.heading(messages.needEnums.step[step])}</h3>
        <p className="mt-1 text-slate-700">{t.lead}</p>
        <p className="mt-2 font-semibold">{t.progress(done, all.length)}</p>
        <progress value={done} max={all.length} aria-hidden="true" className="mt-1 h-2 w-full max-w-xs" />
      </div>
      {group(t.methods, 'ladder-checklist-methods', methods)}
      {group(t.topics, 'ladder-checklist-topics', topics)}
    </div>
  );
}

function ChecklistRow({ locale, needId, item, entry, mayUpdate }: { locale: Locale; needId: string; item: ChecklistItem; entry: ChecklistEntry | undefined; mayUpdate: boolean }) {
  const t = getMessages(locale).ladder.checklist;
  const covered = entry?.covered ?? false;
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <p className="font-semibold">{item.label}</p>
        <p className={covered ? 'font-semibold text-green-800' : 'text-slate-700'}>
          <span aria-hidden="true">{covered ? '✓ ' : '○ '}</span>
          {covered ? t.covered : t.notCovered}
        </p>
      </div>
      <p className="text-sm text-slate-700">{item.explanation}</p>
      {entry?.notes && (
        <div className="mt-2">
          <p className="text-sm font-medium">{t.notes}</p>
          <p className="whitespace-pre-line">{entry.notes}</p>
        </div>
      )}
      {entry?.evidenceUrl && (
        <p className="mt-1 break-all">
          <span className="text-sm font-medium">{t.evidence}: </span>
          <a href={entry.evidenceUrl} className="text-brand-700 underline" rel="noopener noreferrer">
            {entry.evidenceUrl}
          </a>
        </p>
      )}
      {entry?.updatedByName && <p className="mt-1 text-sm text-slate-700">{t.updated(entry.updatedByName, formatCharterDate(entry.updatedAt, locale))}</p>}
      {mayUpdate && (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-brand-700 underline">{t.update(item.label)}</summary>
          <ChecklistItemForm
            locale={locale}
            messages={pickMessages(locale, 'ladder', 'input')}
            needId={needId}
            itemKey={item.key}
            initial={{ covered, notes: entry?.notes ?? '', evidenceUrl: entry?.evidenceUrl ?? '' }}
          />
        </details>
      )}
    </li>
  );
}

function History({ locale, assessments }: { locale: Locale; assessments: AssessmentRow[] }) {
  const messages = getMessages(locale);
  const t = messages.ladder.section;
  const stepName = (step: LadderStep) => messages.needEnums.step[step];
  return (
    <div>
      <h3 className="text-xl font-semibold">{t.historyHeading}</h3>
      <p className="mt-1 text-slate-700">{t.historyLead}</p>
      <ol className="mt-3 space-y-4">
        {assessments.map((assessment, index) => {
          const previous = assessments[index + 1];
          const movement = !previous
            ? t.firstAssessment
            : previous.chosenStep === assessment.chosenStep
              ? t.unchanged(stepName(assessment.chosenStep))
              : t.moved(stepName(previous.chosenStep), stepName(assessment.chosenStep));
          return (
            <li key={assessment.id} className="rounded border border-slate-300 p-4">
              <h4 className="font-semibold">{t.assessedOn(formatCharterDate(assessment.createdAt, locale))}</h4>
              <p className="text-slate-800">{movement}</p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium">{t.chosenStep}</dt>
                <dd>{stepName(assessment.chosenStep)}</dd>
                <dt className="font-medium">{t.suggestedStep}</dt>
                <dd>{stepName(assessment.suggestedStep)}</dd>
                {assessment.overrideReason && (
                  <>
                    <dt className="font-medium">{t.overrideReason}</dt>
                    <dd className="whitespace-pre-line">{assessment.overrideReason}</dd>
                  </>
                )}
                {assessment.assessorName && (
                  <>
                    <dt className="font-medium">{t.assessedBy}</dt>
                    <dd>{assessment.assessorName}</dd>
                  </>
                )}
              </dl>
              <ul className="mt-3 space-y-2">
                {MATURITY_QUESTIONS.map((question) => {
                  const evidence = assessment[evidenceField(question)];
                  return (
                    <li key={question}>
                      <p>
                        <span className="font-medium">{messages.ladder.questions[question].label}</span>{' '}
                        <span className="whitespace-nowrap">
                          {t.answer}: <strong>{messages.needEnums.answer[assessment[question]]}</strong>
                        </span>
                      </p>
                      <p className={`whitespace-pre-line text-sm ${evidence ? 'text-slate-800' : 'text-slate-700'}`}>
                        {evidence ? `${t.evidence}: ${evidence}` : t.noEvidence}
                      </p>
                    </li>
                  );
                })}
              </ul>
              {assessment.evidenceLinks.length > 0 && (
                <div className="mt-3">
                  <p className="text-sm font-medium">{t.links}</p>
                  <ul className="list-disc pl-5">
                    {assessment.evidenceLinks.map((link) => (
                      <li key={link} className="break-all">
                        <a href={link} className="text-brand-700 underline" rel="noopener noreferrer">
                          {link}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
