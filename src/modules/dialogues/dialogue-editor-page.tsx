// The coordinators start a market dialogue as a draft, and edit it until it is published.
// Others get a 404 (the page does not reveal itself); people signed out are asked to sign in.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { getNetworkViewer } from '@/server/network-viewer';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { createDialogueAction, updateDialogueAction } from './actions/coordinator-actions';
import { DialogueEditor, type EditorTexts } from './components/dialogue-editor';
import { needField } from './dialogue-fields';
import { dialoguePath, editDialoguePath, newDialoguePath } from './dialogue-paths';
import { getDialogue, getDialogueForViewer, listNetworkNeeds, type DialogueDetails } from './dialogue-queries';

function editorTexts(messages: Messages): EditorTexts {
  const f = messages.dialogueForm;
  return {
    title: f.title,
    purpose: f.purpose,
    purposeHint: f.purposeHint,
    learningGoals: f.learningGoals,
    form: f.form,
    needs: f.needs,
    needsHint: f.needsHint,
    noNeeds: f.noNeeds,
    closesAt: f.closesAt,
    questionsCloseAt: f.questionsCloseAt,
    timeHint: f.timeHint,
    howToTakePart: f.howToTakePart,
    rfiQuestions: f.rfiQuestions,
    rfiQuestionsHint: f.rfiQuestionsHint,
    eventStartsAt: f.eventStartsAt,
    eventEndsAt: f.eventEndsAt,
    place: f.place,
    onlineUrl: f.onlineUrl,
    capacity: f.capacity,
    registrationClosesAt: f.registrationClosesAt,
    documentUrl: f.documentUrl,
    save: f.save,
    saving: messages.dialogue.saving,
    errorHeading: messages.dialogue.errorSummary,
    forms: messages.dialogueEnums.form,
    formLeads: messages.dialogueEnums.formLead,
  };
}

const time = (date: Date | null) => (date ? toStockholmInput(date) : '');

/** A stored draft as the form's strings. */
function storedValues(dialogue: DialogueDetails): Record<string, string> {
  return {
    title: dialogue.title,
    purpose: dialogue.purpose,
    learningGoals: dialogue.learningGoals,
    form: dialogue.form,
    closesAt: time(dialogue.closesAt),
    questionsCloseAt: time(dialogue.questionsCloseAt),
    howToTakePart: dialogue.howToTakePart,
    rfiQuestions: dialogue.rfiQuestions.join('\n'),
    eventStartsAt: time(dialogue.eventStartsAt),
    eventEndsAt: time(dialogue.eventEndsAt),
    place: dialogue.place ?? '',
    onlineUrl: dialogue.onlineUrl ?? '',
    capacity: dialogue.capacity ? String(dialogue.capacity) : '',
    registrationClosesAt: time(dialogue.registrationClosesAt),
    documentUrl: dialogue.documentUrl ?? '',
    ...Object.fromEntries(dialogue.needs.map((link) => [needField(link.need.id), 'on'])),
  };
}

export async function NewDialoguePage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(newDialoguePath(locale, network.slug))}`);
  if (!viewer.mayManage) notFound();
  const messages = getMessages(locale);
  const needs = await listNetworkNeeds(network.id);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{messages.dialogueForm.newTitle}</h1>
        <p className="mt-2 text-slate-700">{messages.dialogueForm.lead}</p>
      </div>
      {network.isEnded ? (
        <EndedNetworkNotice locale={locale} />
      ) : (
        <DialogueEditor action={createDialogueAction} locale={locale} messages={pickMessages(locale, 'input')} hidden={{ networkId: network.id }} texts={editorTexts(messages)} needs={needs} stored={{ form: 'RFI' }} />
      )}
    </div>
  );
}

export async function EditDialoguePage({ locale, dialogueId }: { locale: Locale; dialogueId: string }) {
  const { network, viewer } = await getDialogueForViewer(dialogueId);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(editDialoguePath(locale, dialogueId))}`);
  if (!viewer.mayManage) notFound();
  const messages = getMessages(locale);
  const [dialogue, needs] = await Promise.all([getDialogue(dialogueId), listNetworkNeeds(network.id)]);
  // A published dialogue has been read by the market: it is no longer edited, only added to.
  if (dialogue.status !== 'DRAFT') redirect(dialoguePath(locale, dialogueId));
  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <Link href={dialoguePath(locale, dialogueId)} className="text-brand-700 underline">
          ← {dialogue.title}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{messages.dialogueForm.editTitle}</h1>
      </div>
      {network.isEnded ? (
        <EndedNetworkNotice locale={locale} />
      ) : (
        <DialogueEditor
          action={updateDialogueAction}
          locale={locale}
          messages={pickMessages(locale, 'input')}
          hidden={{ dialogueId }}
          texts={editorTexts(messages)}
          needs={needs}
          stored={storedValues(dialogue)}
        />
      )}
    </div>
  );
}
