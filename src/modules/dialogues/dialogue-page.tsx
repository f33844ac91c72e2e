// One market dialogue's page, at an address that can be shared: what the network wants to
// learn, the form and its dates in Swedish time, the needs, the material, the questions and
// answers and the summary, for everyone; a supplier's own part (sign-up, questions, written
// answer, booking); the network's view (every question with who asked, the written answers,
// the slots with their notes, the register of prior involvement); and the coordinators'
// tools. Equal treatment is in what each query returns, not only in what is rendered here.
import Link from 'next/link';

import type { ClientMessages } from '@/i18n/client-messages';
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { formatMeetingTime, formatStockholmDay, formatStockholmInstant } from '@/i18n/stockholm-time';
import { needPath } from '@/modules/needs/client';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';

import { addDocumentAction, addSlotsAction, answerQuestionAction, moveDialogueAction, publishSummaryAction, saveSlotNotesAction } from './actions/coordinator-actions';
import { askQuestionAction, bookSlotAction, cancelBookingAction, signUpAction, submitResponseAction, withdrawAction } from './actions/supplier-actions';
import type { FieldSpec } from './components/dialogue-action-form';
import { DialogueActionForm } from './components/dialogue-forms-loader';
import { DOCUMENT_TITLE_MAX, type DoneNotice, hasSlots, isDoneNotice, QUESTION_MAX, SUMMARY_MAX, TEXT_MAX } from './dialogue-fields';
import { dialoguePath, dialoguesPath, editDialoguePath, registerCsvPath } from './dialogue-paths';
import {
  countSignUps,
  getDialogue,
  getDialogueForViewer,
  getSupplierPart,
  listAnsweredQuestions,
  listInvolvement,
  listQuestionsForNetwork,
  listResponses,
  listSlots,
  type DialogueDetails,
} from './dialogue-queries';
import { movesFrom, questionsOpen, takesPart, writtenQuestions } from './dialogue-rules';

export async function dialoguePageTitle(dialogueId: string): Promise<string> {
  const { network } = await getDialogueForViewer(dialogueId);
  const dialogue = await getDialogue(dialogueId);
  return `${dialogue.title} – ${network.name}`;
}

const section = 'space-y-3';
const h2 = 'text-2xl font-semibold';
const box = 'rounded border border-slate-300 p-4';

export async function DialoguePage({ locale, dialogueId, done }: { locale: Locale; dialogueId: string; done?: unknown }) {
  const { network, viewer } = await getDialogueForViewer(dialogueId);
  const messages = getMessages(locale);
  const t = messages.dialogue;
  const forNetwork = viewer.mayParticipate || viewer.mayManage;
  const organizationId = viewer.user?.organization?.id;
  const now = new Date();
  const [dialogue, answered] = await Promise.all([getDialogue(dialogueId), listAnsweredQuestions(dialogueId)]);
  const withSlots = hasSlots(dialogue.form);
  const [networkQuestions, responses, slots, involvement, signUps, own] = await Promise.all([
    forNetwork ? listQuestionsForNetwork(dialogueId) : Promise.resolve([]),
    forNetwork && writtenQuestions(dialogue) !== null ? listResponses(dialogueId) : Promise.resolve([]),
    withSlots ? listSlots(dialogueId, forNetwork) : Promise.resolve([]),
    forNetwork ? listInvolvement(dialogueId) : Promise.resolve([]),
    forNetwork ? countSignUps(dialogueId) : Promise.resolve(0),
    viewer.isSupplier && viewer.user && organizationId ? getSupplierPart(dialogueId, viewer.user.id, organizationId) : Promise.resolve(null),
  ]);
  const day = (date: Date) => formatStockholmDay(date, locale);
  const common = { locale, messages: pickMessages(locale, 'input'), errorHeading: t.errorSummary, pending: t.saving };
  const visibleNeeds = dialogue.needs.map((link) => link.need).filter((need) => forNetwork || need.isPublic);
  const open = takesPart(dialogue, now);
  const ended = dialogue.status !== 'DRAFT' && dialogue.status !== 'OPEN';
  const mayManage = viewer.mayManage && !network.isEnded;
  // What the network wrote (the dialogue, its needs, its answers) is in the network's language;
  // the suppliers' questions and responses are in theirs, which the page does not know.
  const written = contentLang(network.contentLocale, locale);

  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <Link href={dialoguesPath(locale)} className="text-brand-700 underline">
          ← {t.back}
        </Link>
        <h1 className="text-3xl font-bold break-words" lang={written}>
          {dialogue.title}
        </h1>
        <p>
          <Link href={`/${locale}/networks/${encodeURIComponent(network.slug)}`} className="text-brand-700 underline">
            {network.name}
          </Link>
        </p>
        {isDoneNotice(done) && (
          <p id="notice" role="status" tabIndex={-1} className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
            {doneText(messages, done)}
          </p>
        )}
        {dialogue.status === 'DRAFT' && <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">{t.draftNotice}</p>}
        {dialogue.status === 'CANCELLED' && (
          <p className="rounded border-l-4 border-red-800 bg-red-50 p-3 text-red-950">{fill(t.cancelledNotice, { reason: dialogue.cancelledReason ?? '' })}</p>
        )}
        {dialogue.status === 'CLOSED' && <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-3">{t.closedNotice}</p>}
      </div>

      <Facts dialogue={dialogue} messages={messages} locale={locale} written={written} />

      <section className={`${section} max-w-3xl`} aria-labelledby="about-heading">
        <h2 id="about-heading" className="sr-only">
          {t.about}
        </h2>
        <Prose title={t.purpose} text={dialogue.purpose} written={written} />
        {dialogue.learningGoals && <Prose title={t.learningGoals} text={dialogue.learningGoals} written={written} />}
        {dialogue.howToTakePart && <Prose title={t.howToTakePart} text={dialogue.howToTakePart} written={written} />}
        {dialogue.form === 'RFI' && dialogue.rfiQuestions.length > 0 && (
          <div>
            <h3 className="text-lg font-semibold">{messages.dialogueForm.rfiQuestions}</h3>
            <ol className="mt-1 list-decimal space-y-1 pl-6">
              {dialogue.rfiQuestions.map((question, index) => (
                <li key={index} lang={written}>
                  {question}
                </li>
              ))}
            </ol>
          </div>
        )}
        <div>
          <h3 className="text-lg font-semibold">{t.needs}</h3>
          {visibleNeeds.length === 0 ? (
            <p className="text-slate-700">{t.noPublicNeeds}</p>
          ) : (
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {visibleNeeds.map((need) => (
                <li key={need.id}>
                  <Link href={needPath(locale, network.slug, need.id)} className="text-brand-700 underline" lang={written}>
                    {need.title}
                  </Link>
                  {need.ladderStep && <span className="text-slate-700"> · {messages.needEnums.step[need.ladderStep]}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      {dialogue.summaryPublishedAt && (
        <section className={`${section} max-w-3xl ${box}`} aria-labelledby="summary-heading" id="summary">
          <h2 id="summary-heading" className={h2}>
            {t.summaryHeading}
          </h2>
          <p className="text-sm text-slate-700">{fill(t.summaryPublished, { date: day(dialogue.summaryPublishedAt) })}</p>
          <p className="whitespace-pre-line" lang={written}>
            {dialogue.summary}
          </p>
        </section>
      )}

      <section className={`${section} max-w-3xl`} aria-labelledby="documents-heading">
        <h2 id="documents-heading" className={h2}>
          {t.documents}
        </h2>
        <p className="text-slate-700">{t.documentsLead}</p>
        {dialogue.documents.length === 0 ? (
          <p>{ended ? t.noDocumentsEnded : t.noDocuments}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {dialogue.documents.map((document) => (
              <li key={document.id}>
                <a href={document.url} className="text-brand-700 underline" rel="noopener noreferrer">
                  {document.title}
                </a>{' '}
                <span className="text-sm text-slate-700">({fill(t.added, { date: day(document.addedAt) })})</span>
              </li>
            ))}
          </ul>
        )}
        {mayManage && dialogue.status !== 'CANCELLED' && (
          <details className={box}>
            <summary className="cursor-pointer font-semibold">{t.addDocumentHeading}</summary>
            <div className="mt-3">
              <DialogueActionForm
                {...common}
                id="add-document"
                action={addDocumentAction}
                hidden={{ dialogueId: dialogue.id }}
                fields={[
                  { name: 'title', label: t.documentTitle, kind: 'text', required: true, max: DOCUMENT_TITLE_MAX },
                  { name: 'url', label: t.documentUrlLabel, kind: 'url', required: true },
                ]}
                submit={t.addDocument}
              />
            </div>
          </details>
        )}
      </section>

      <section className={`${section} max-w-3xl`} aria-labelledby="questions-heading" id="questions">
        <h2 id="questions-heading" className={h2}>
          {t.questionsHeading}
        </h2>
        <p className="text-slate-700">{t.questionsLead}</p>
        {answered.length === 0 ? (
          <p>{ended ? t.noAnswersEnded : t.noAnswers}</p>
        ) : (
          <ol className="space-y-4">
            {answered.map((question) => {
              const [latest, ...earlier] = question.answers;
              const first = question.answers.at(-1)!;
              return (
                <li key={question.id} className={box}>
                  <p className="font-semibold">{t.question}</p>
                  <p className="whitespace-pre-line">{question.text}</p>
                  <p className="mt-3 font-semibold">{t.answer}</p>
                  <p className="whitespace-pre-line" lang={written}>
                    {latest!.text}
                  </p>
                  <p className="mt-1 text-sm text-slate-700">
                    {fill(t.answeredOn, { date: day(first.publishedAt) })}
                    {earlier.length > 0 && <> · {fill(t.changedOn, { date: day(latest!.publishedAt) })}</>}
                  </p>
                  {earlier.length > 0 && (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm">{t.earlierVersions}</summary>
                      <ol className="mt-2 space-y-2 text-sm">
                        {earlier.map((answer) => (
                          <li key={answer.version}>
                            <span className="text-slate-700">{day(answer.publishedAt)}: </span>
                            <span className="whitespace-pre-line" lang={written}>
                              {answer.text}
                            </span>
                          </li>
                        ))}
                      </ol>
                    </details>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {own && dialogue.status !== 'DRAFT' && !network.isEnded && (
        <SupplierPart
          messages={messages}
          locale={locale}
          dialogue={dialogue}
          own={own}
          open={open}
          questionsOpen={questionsOpen(dialogue, now)}
          slots={slots}
          common={common}
          confirmed={viewer.user?.affiliation === 'CONFIRMED'}
        />
      )}
      {!viewer.user && dialogue.status === 'OPEN' && (
        <p className="max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          <Link href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(dialoguePath(locale, dialogue.id))}`} className="font-semibold underline">
            {t.signInToTakePart}
          </Link>
        </p>
      )}
      {viewer.user && !viewer.isSupplier && !forNetwork && dialogue.status === 'OPEN' && <p className="max-w-3xl text-slate-700">{t.onlySuppliers}</p>}

      {withSlots && !own && slots.length > 0 && !forNetwork && (
        <section className={`${section} max-w-3xl`} aria-labelledby="slots-heading">
          <h2 id="slots-heading" className={h2}>
            {t.slotsHeading}
          </h2>
          <p className="text-slate-700">{t.slotsLead}</p>
          <ul className="space-y-1">
            {slots.map((slot) => (
              <li key={slot.id}>
                {formatMeetingTime(slot.startsAt, slot.endsAt, locale)}: {slot.taken ? t.slotTaken : t.slotFree}
              </li>
            ))}
          </ul>
        </section>
      )}

      {forNetwork && (
        <NetworkPart
          messages={messages}
          locale={locale}
          dialogue={dialogue}
          mayManage={mayManage}
          questions={networkQuestions}
          responses={responses}
          slots={slots}
          involvement={involvement}
          signUps={signUps}
          common={common}
        />
      )}
    </div>
  );
}

function doneText(messages: Messages, done: DoneNotice): string {
  if (done === 'created') return messages.dialogueForm.created;
  if (done === 'saved') return messages.dialogueForm.saved;
  return messages.dialogue[done];
}

/** The label of each part of a written answer: the numbered RFI question, or the consultation's comments. */
function partLabels(dialogue: DialogueDetails, messages: Messages): string[] {
  if (dialogue.form === 'CONSULTATION') return [messages.dialogue.comments];
  return dialogue.form === 'RFI' ? dialogue.rfiQuestions.map((question, index) => `${index + 1}. ${question}`) : [];
}

function Prose({ title, text, written }: { title: string; text: string; written: Locale | undefined }) {
  return (
    <div>
      <h3 className="text-lg font-semibold">{title}</h3>
      <p className="whitespace-pre-line" lang={written}>
        {text}
      </p>
    </div>
  );
}

function Facts({ dialogue, messages, locale, written }: { dialogue: DialogueDetails; messages: Messages; locale: Locale; written: Locale | undefined }) {
  const t = messages.dialogue;
  const instant = (date: Date) => formatStockholmInstant(date, locale);
  const rows: Array<[string, React.ReactNode]> = [
    [t.form, messages.dialogueEnums.form[dialogue.form]],
    [t.status, messages.dialogueEnums.status[dialogue.status]],
    [t.questionsCloseAt, instant(dialogue.questionsCloseAt)],
    // Closed early, it says when it closed, not the date it would have.
    dialogue.closedAt && dialogue.closedAt < dialogue.closesAt ? [t.closedOn, instant(dialogue.closedAt)] : [t.closesAt, instant(dialogue.closesAt)],
  ];
  if (dialogue.eventStartsAt && dialogue.eventEndsAt) rows.push([t.event, formatMeetingTime(dialogue.eventStartsAt, dialogue.eventEndsAt, locale)]);
  if (dialogue.place)
    rows.push([
      t.place,
      <span key="place" lang={written}>
        {dialogue.place}
      </span>,
    ]);
  if (dialogue.onlineUrl)
    rows.push([
      t.onlineUrl,
      <a key="link" href={dialogue.onlineUrl} className="text-brand-700 underline [overflow-wrap:anywhere]" rel="noopener noreferrer">
        {dialogue.onlineUrl}
      </a>,
    ]);
  if (dialogue.capacity) rows.push([t.capacity, String(dialogue.capacity)]);
  if (dialogue.registrationClosesAt) rows.push([t.registrationClosesAt, instant(dialogue.registrationClosesAt)]);
  if (dialogue.documentUrl)
    rows.push([
      t.documentUrl,
      <a key="doc" href={dialogue.documentUrl} className="text-brand-700 underline [overflow-wrap:anywhere]" rel="noopener noreferrer">
        {dialogue.documentUrl}
      </a>,
    ]);
  return (
    <section aria-labelledby="facts-heading" className="max-w-3xl">
      <h2 id="facts-heading" className="sr-only">
        {t.facts}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

type Common = { locale: Locale; messages: ClientMessages<'input'>; errorHeading: string; pending: string };
type Slots = Awaited<ReturnType<typeof listSlots>>;

/**
 * An action that cannot be undone asks first: a disclosure that says what will happen, with the
 * button inside. Works with the keyboard and without JavaScript.
 */
function Confirm({ label, warning, danger = false, children }: { label: string; warning: string; danger?: boolean; children: React.ReactNode }) {
  return (
    <details className="group">
      <summary className={`inline-block cursor-pointer rounded border px-4 py-2 font-semibold ${danger ? 'border-red-800 text-red-900' : 'border-brand-700 text-brand-700'}`}>{label}</summary>
      <div className={`mt-3 space-y-3 ${box}`}>
        <p>{warning}</p>
        {children}
      </div>
    </details>
  );
}

function SupplierPart({
  messages,
  locale,
  dialogue,
  own,
  open,
  questionsOpen: asking,
  slots,
  common,
  confirmed,
}: {
  messages: Messages;
  locale: Locale;
  dialogue: DialogueDetails;
  own: NonNullable<Awaited<ReturnType<typeof getSupplierPart>>>;
  open: boolean;
  questionsOpen: boolean;
  slots: Slots;
  common: Common;
  /** Whether the person's company has confirmed them: only then may they act for it. */
  confirmed: boolean;
}) {
  const t = messages.dialogue;
  const hidden = { dialogueId: dialogue.id };
  const day = (date: Date) => formatStockholmDay(date, locale);
  const slotList = (
    <ul className="space-y-1">
      {slots.map((slot) => (
        <li key={slot.id}>
          {formatMeetingTime(slot.startsAt, slot.endsAt, locale)}: {slot.taken ? t.slotTaken : t.slotFree}
        </li>
      ))}
    </ul>
  );
  if (!own.signedUp) {
    if (!open) return null;
    return (
      <section className={`${section} max-w-3xl ${box}`} aria-labelledby="sign-up-heading">
        <h2 id="sign-up-heading" className={h2}>
          {t.signUpHeading}
        </h2>
        <p>{t.signUpLead}</p>
        {confirmed ? <DialogueActionForm {...common} id="sign-up" action={signUpAction} hidden={hidden} submit={t.signUp} pending={t.signingUp} /> : <p className="font-semibold">{t.confirmFirst}</p>}
        {hasSlots(dialogue.form) && slots.length > 0 && (
          <>
            <h3 className="text-xl font-semibold">{t.slotsHeading}</h3>
            {slotList}
          </>
        )}
      </section>
    );
  }
  const labels = partLabels(dialogue, messages);
  const consultation = dialogue.form === 'CONSULTATION';
  const responseFields: FieldSpec[] = labels.flatMap((label, position) => {
    const part = own.response?.parts.find((p) => p.position === position);
    const n = position + 1;
    return [
      { name: `answer-${position}`, label, kind: 'textarea', rows: consultation ? 8 : 4, defaultValue: part?.text ?? '' },
      { name: `secret-${position}`, label: consultation ? t.commentsSecret : fill(t.secretFor, { n }), kind: 'checkbox', defaultValue: part?.secret ? 'on' : '' },
      { name: `secretReason-${position}`, label: consultation ? t.commentsSecretReason : fill(t.secretReasonFor, { n }), kind: 'text', hint: t.secretReasonHint, defaultValue: part?.secretReason ?? '' },
    ] satisfies FieldSpec[];
  });
  const closed = dialogue.status !== 'OPEN';
  return (
    <section className={`${section} max-w-3xl`} aria-labelledby="my-part-heading">
      <h2 id="my-part-heading" className={h2}>
        {t.myPartHeading}
      </h2>
      <p>{closed ? t.tookPart : t.signedUp}</p>

      <div className={box}>
        <h3 className="text-xl font-semibold">{t.askHeading}</h3>
        {asking ? (
          <>
            <p className="text-slate-700">{t.askLead}</p>
            <DialogueActionForm
              {...common}
              id="ask"
              action={askQuestionAction}
              hidden={hidden}
              fields={[{ name: 'question', label: t.questionText, kind: 'textarea', required: true, max: QUESTION_MAX }]}
              submit={t.ask}
              pending={t.asking}
            />
          </>
        ) : (
          <p>{closed ? t.dialogueClosedForQuestions : t.questionsClosed}</p>
        )}
        {own.questions.length > 0 && (
          <>
            <h4 className="mt-4 font-semibold">{t.myQuestions}</h4>
            <ul className="list-disc space-y-1 pl-6">
              {own.questions.map((question) => (
                <li key={question.id}>
                  <span className="whitespace-pre-line">{question.text}</span>{' '}
                  <span className="text-sm text-slate-700">
                    ({fill(t.askedOn, { date: day(question.askedAt) })}; {question.answers.length > 0 ? <a href="#questions" className="text-brand-700 underline">{t.answeredSeeBelow}</a> : t.waitingLower})
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {labels.length > 0 && (
        <div className={box}>
          <h3 className="text-xl font-semibold">{consultation ? t.commentsHeading : t.responseHeading}</h3>
          <p className="text-slate-700">{t.responseLead}</p>
          {own.response && <p className="text-sm">{fill(t.responseSubmittedAt, { date: formatStockholmInstant(own.response.submittedAt, locale) })}</p>}
          {open ? (
            <DialogueActionForm
              {...common}
              id="response"
              action={submitResponseAction}
              hidden={hidden}
              fields={responseFields}
              submit={own.response ? t.updateResponse : t.submitResponse}
              pending={t.submittingResponse}
            />
          ) : own.response ? (
            <dl className="space-y-3">
              {own.response.parts.map((part) => (
                <div key={part.position}>
                  <dt className="font-semibold">{labels[part.position]}</dt>
                  <dd className="whitespace-pre-line">{part.text}</dd>
                  {part.secret && <dd className="mt-1 text-sm font-semibold text-red-900">{fill(t.secretMarked, { reason: part.secretReason })}</dd>}
                </div>
              ))}
            </dl>
          ) : (
            <p>{t.noResponseHandedIn}</p>
          )}
        </div>
      )}

      {hasSlots(dialogue.form) && (
        <div className={box}>
          <h3 className="text-xl font-semibold">{t.slotsHeading}</h3>
          <p className="text-slate-700">{t.slotsLead}</p>
          {own.booking ? (
            <>
              <p className="font-semibold">{fill(t.yourBooking, { time: formatMeetingTime(own.booking.startsAt, own.booking.endsAt, locale) })}</p>
              <p className="text-sm text-slate-700">{t.bookingDetails}</p>
              {open && (
                <DialogueActionForm {...common} id="cancel-booking" action={cancelBookingAction} hidden={{ slotId: own.booking.id }} submit={t.cancelBooking} tone="secondary" />
              )}
            </>
          ) : slots.length === 0 ? (
            <p>{t.noSlots}</p>
          ) : !open ? (
            slotList
          ) : (
            <ul className="space-y-2">
              {slots.map((slot) => {
                const time = formatMeetingTime(slot.startsAt, slot.endsAt, locale);
                return (
                  <li key={slot.id} className="flex flex-wrap items-center gap-3">
                    <span>{time}</span>
                    {slot.taken ? (
                      <span className="text-slate-700">{t.slotTaken}</span>
                    ) : (
                      <DialogueActionForm
                        {...common}
                        id={`book-${slot.id}`}
                        action={bookSlotAction}
                        hidden={{ slotId: slot.id }}
                        submit={t.book}
                        pending={t.booking}
                        tone="secondary"
                        submitSuffix={time}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}

      {open && (
        <Confirm label={t.withdraw} warning={own.booking ? t.withdrawWarningBooked : t.withdrawWarning} danger>
          <DialogueActionForm {...common} id="withdraw" action={withdrawAction} hidden={hidden} submit={t.withdrawConfirm} pending={t.withdrawing} tone="danger" />
        </Confirm>
      )}
    </section>
  );
}

function NetworkPart({
  messages,
  locale,
  dialogue,
  mayManage,
  questions,
  responses,
  slots,
  involvement,
  signUps,
  common,
}: {
  messages: Messages;
  locale: Locale;
  dialogue: DialogueDetails;
  mayManage: boolean;
  questions: Awaited<ReturnType<typeof listQuestionsForNetwork>>;
  responses: Awaited<ReturnType<typeof listResponses>>;
  slots: Slots;
  involvement: Awaited<ReturnType<typeof listInvolvement>>;
  signUps: number;
  common: Common;
}) {
  const t = messages.dialogue;
  const day = (date: Date) => formatStockholmDay(date, locale);
  const waiting = questions.filter((question) => question.answers.length === 0);
  const answeredHere = questions.filter((question) => question.answers.length > 0);
  const draft = dialogue.status === 'DRAFT';
  const answering = mayManage && !draft && dialogue.status !== 'CANCELLED';
  const moves = mayManage ? movesFrom(dialogue.status).filter((move) => move !== 'publishSummary') : [];

  return (
    <div className="space-y-10">
      {mayManage && (
        <section className={`${section} max-w-3xl ${box}`} aria-labelledby="manage-heading">
          <h2 id="manage-heading" className={h2}>
            {t.manageHeading}
          </h2>
          {!draft && <p>{t.signUpCount(signUps)}</p>}
          {draft && (
            <p>
              <Link href={editDialoguePath(locale, dialogue.id)} className="text-brand-700 underline">
                {t.edit}
              </Link>
            </p>
          )}
          <div className="flex flex-wrap items-start gap-4">
            {moves.includes('publish') && (
              <Confirm label={t.publish} warning={t.publishWarning}>
                <DialogueActionForm {...common} id="move-publish" action={moveDialogueAction} hidden={{ dialogueId: dialogue.id, move: 'publish' }} submit={t.publishConfirm} />
              </Confirm>
            )}
            {moves.includes('close') && (
              <Confirm label={t.close} warning={t.closeWarning}>
                <DialogueActionForm {...common} id="move-close" action={moveDialogueAction} hidden={{ dialogueId: dialogue.id, move: 'close' }} submit={t.closeConfirm} />
              </Confirm>
            )}
          </div>
          {dialogue.status === 'CLOSED' && (
            <DialogueActionForm
              {...common}
              id="summary-form"
              action={publishSummaryAction}
              hidden={{ dialogueId: dialogue.id }}
              fields={[{ name: 'summary', label: t.summaryText, kind: 'textarea', rows: 8, defaultValue: dialogue.summary, required: true, max: SUMMARY_MAX }]}
              submit={t.publishSummary}
            />
          )}
          {moves.includes('cancel') &&
            (draft ? (
              // A draft nobody has seen needs no reason: it is set aside, and stays invisible.
              <Confirm label={t.discardDraft} warning={t.discardWarning} danger>
                <DialogueActionForm {...common} id="move-cancel" action={moveDialogueAction} hidden={{ dialogueId: dialogue.id, move: 'cancel' }} submit={t.discardConfirm} tone="danger" />
              </Confirm>
            ) : (
              <Confirm label={t.cancel} warning={t.cancelWarning} danger>
                <DialogueActionForm
                  {...common}
                  id="move-cancel"
                  action={moveDialogueAction}
                  hidden={{ dialogueId: dialogue.id, move: 'cancel' }}
                  fields={[{ name: 'reason', label: t.cancelReason, kind: 'textarea', rows: 3, max: TEXT_MAX }]}
                  submit={t.cancel}
                  tone="danger"
                />
              </Confirm>
            ))}
        </section>
      )}

      {/* A draft has no questions, answers or participants yet. */}
      {!draft && (
        <>
          <section className={`${section} max-w-3xl`} aria-labelledby="waiting-heading">
            <h2 id="waiting-heading" className={h2}>
              {t.networkQuestionsHeading}
            </h2>
            <p className="text-slate-700">{t.networkQuestionsLead}</p>
            {waiting.length === 0 ? (
              <p>{t.noWaiting}</p>
            ) : (
              <ol className="space-y-4">
                {waiting.map((question) => (
                  <li key={question.id} className={box}>
                    <p className="text-sm text-slate-700">{fill(t.askedBy, { organisation: question.organization.name, date: day(question.askedAt) })}</p>
                    <p className="whitespace-pre-line">{question.text}</p>
                    {answering && (
                      <div className="mt-3">
                        <DialogueActionForm
                          {...common}
                          id={`answer-${question.id}`}
                          action={answerQuestionAction}
                          hidden={{ questionId: question.id }}
                          fields={[
                            { name: 'publicQuestion', label: t.publicQuestion, kind: 'textarea', hint: t.publicQuestionHint, defaultValue: question.text, rows: 3, max: QUESTION_MAX },
                            { name: 'answer', label: t.answerText, kind: 'textarea', hint: t.answerHint, required: true, max: TEXT_MAX },
                          ]}
                          submit={t.publishAnswer}
                          pending={t.publishingAnswer}
                        />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {answering && answeredHere.length > 0 && (
              <details className={box}>
                <summary className="cursor-pointer font-semibold">{t.correctAnswer}</summary>
                <ol className="mt-3 space-y-4">
                  {answeredHere.map((question) => (
                    <li key={question.id}>
                      <p className="text-sm text-slate-700">{fill(t.askedBy, { organisation: question.organization.name, date: day(question.askedAt) })}</p>
                      <p className="whitespace-pre-line">{question.text}</p>
                      {question.publicText && <p className="mt-1 text-sm text-slate-700">{fill(t.publishedAs, { text: question.publicText })}</p>}
                      <DialogueActionForm
                        {...common}
                        id={`correct-${question.id}`}
                        action={answerQuestionAction}
                        hidden={{ questionId: question.id }}
                        fields={[
                          { name: 'publicQuestion', label: t.publicQuestion, kind: 'textarea', hint: t.publicQuestionHint, defaultValue: question.publicText ?? question.text, rows: 3, max: QUESTION_MAX },
                          { name: 'answer', label: t.answerText, kind: 'textarea', hint: t.correctHint, defaultValue: question.answers[0]!.text, required: true, max: TEXT_MAX },
                        ]}
                        submit={t.publishCorrection}
                        tone="secondary"
                      />
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </section>

          {writtenQuestions(dialogue) !== null && (
            <section className={`${section} max-w-3xl`} aria-labelledby="responses-heading">
              <h2 id="responses-heading" className={h2}>
                {dialogue.form === 'CONSULTATION' ? t.commentsHeadingNetwork : t.responsesHeading}
              </h2>
              <p className="text-slate-700">{t.responsesLead}</p>
              {responses.length === 0 ? (
                <p>{t.noResponses}</p>
              ) : (
                responses.map((response) => (
                  <article key={response.id} className={box} aria-labelledby={`response-${response.id}`}>
                    <h3 id={`response-${response.id}`} className="text-lg font-semibold">
                      {response.organization.name}
                    </h3>
                    <p className="text-sm text-slate-700">{fill(t.responseSubmittedAt, { date: formatStockholmInstant(response.submittedAt, locale) })}</p>
                    <dl className="mt-2 space-y-3">
                      {response.parts.map((part) => (
                        <div key={part.position}>
                          <dt className="font-semibold">{partLabels(dialogue, messages)[part.position]}</dt>
                          <dd className="whitespace-pre-line">{part.text}</dd>
                          {part.secret && <dd className="mt-1 text-sm font-semibold text-red-900">{fill(t.secretMarked, { reason: part.secretReason })}</dd>}
                        </div>
                      ))}
                    </dl>
                  </article>
                ))
              )}
            </section>
          )}

        </>
      )}

      {hasSlots(dialogue.form) && (
        <section className={`${section} max-w-3xl`} aria-labelledby="network-slots-heading">
          <h2 id="network-slots-heading" className={h2}>
            {t.slotsHeading}
          </h2>
          <p className="text-slate-700">{t.slotsLead}</p>
          {slots.length === 0 ? (
            <p>{t.noSlots}</p>
          ) : (
            <ul className="space-y-3">
              {slots.map((slot) => {
                const time = formatMeetingTime(slot.startsAt, slot.endsAt, locale);
                return (
                  <li key={slot.id} className={box}>
                    <p className="font-semibold">{time}</p>
                    <p>{slot.bookedBy ? fill(t.bookedBy, { organisation: slot.bookedBy }) : t.slotFree}</p>
                    {slot.contact && (
                      <p className="text-sm">
                        {fill(t.bookedContact, { name: slot.contact.name })}{' '}
                        <a href={`mailto:${slot.contact.email}`} className="text-brand-700 underline [overflow-wrap:anywhere]">
                          {slot.contact.email}
                        </a>
                      </p>
                    )}
                    {slot.bookedBy && mayManage ? (
                      <DialogueActionForm
                        {...common}
                        id={`notes-${slot.id}`}
                        action={saveSlotNotesAction}
                        hidden={{ slotId: slot.id }}
                        fields={[{ name: 'notes', label: t.notes, kind: 'textarea', hint: t.notesHint, defaultValue: slot.notes ?? '', max: TEXT_MAX }]}
                        submit={t.saveNotes}
                        tone="secondary"
                        submitSuffix={time}
                      />
                    ) : (
                      slot.notes && (
                        <>
                          <p className="mt-2 font-semibold">{t.notes}</p>
                          <p className="whitespace-pre-line">{slot.notes}</p>
                        </>
                      )
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {mayManage && (dialogue.status === 'DRAFT' || dialogue.status === 'OPEN') && (
            <details className={box}>
              <summary className="cursor-pointer font-semibold">{t.addSlotsHeading}</summary>
              <div className="mt-3">
                <DialogueActionForm
                  {...common}
                  id="add-slots"
                  action={addSlotsAction}
                  hidden={{ dialogueId: dialogue.id }}
                  fields={[
                    { name: 'firstSlot', label: t.firstSlot, kind: 'datetime', required: true, hint: fill(t.firstSlotHint, { closes: formatStockholmInstant(dialogue.closesAt, locale) }) },
                    { name: 'slotMinutes', label: t.slotMinutes, kind: 'number', defaultValue: '45', required: true },
                    { name: 'slotCount', label: t.slotCount, kind: 'number', defaultValue: '4', required: true },
                    { name: 'breakMinutes', label: t.breakMinutes, kind: 'number', defaultValue: '15' },
                  ]}
                  submit={t.addSlots}
                />
              </div>
            </details>
          )}
        </section>
      )}

      {!draft && (
        <section className={`${section}`} aria-labelledby="register-heading">
          <h2 id="register-heading" className={h2}>
            {t.register}
          </h2>
          <p className="max-w-3xl text-slate-700">{t.registerLead}</p>
          {involvement.length === 0 ? (
            <p>{t.registerEmpty}</p>
          ) : (
            <>
              <DataTable
                caption={t.register}
                labelledBy="register-heading"
                columns={[{ label: t.registerColumns.organisation }, { label: t.registerColumns.how }, { label: t.registerColumns.when }]}
              >
                {involvement.map((row, index) => (
                  <tr key={index} className={rowClass}>
                    <th scope="row" className={`${cellClass} text-left font-normal`}>
                      {row.organisation}
                    </th>
                    <td className={cellClass}>
                      {t.involvement[row.how]}
                      {row.meeting && <span className="block text-sm text-slate-700">{formatMeetingTime(row.meeting.startsAt, row.meeting.endsAt, locale)}</span>}
                    </td>
                    <td className={lastCellClass}>{formatStockholmInstant(row.at, locale)}</td>
                  </tr>
                ))}
              </DataTable>
              <a href={registerCsvPath(locale, dialogue.id)} className="text-brand-700 underline">
                {t.registerCsv}
              </a>
            </>
      )}
      </section>
      )}
    </div>
  );
}
