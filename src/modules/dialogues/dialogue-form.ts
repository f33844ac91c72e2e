// The dialogue form as the server reads it: every field checked at once, so the coordinator
// sees all errors together; times are read as Swedish time and kept as instants; the fields a
// form does not use are null. Which needs are the network's is checked against the database
// by the action (a need id in the form is only a claim).
import { z } from 'zod';

import type { DialogueForm } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { parseStockholmInput } from '@/i18n/stockholm-time';
import { textProblem, typedText as text } from '@/server/input-rules';
import { typedWebAddress } from '@/server/web-address';

import { DIALOGUE_FORMS, type DialogueField, hasDraftDocument, hasEvent, hasRfiQuestions, PLACE_MAX, RFI_QUESTION_MAX, RFI_QUESTIONS_MAX, TEXT_MAX, TITLE_MAX } from './dialogue-fields';

export type DialogueInput = {
  title: string;
  purpose: string;
  learningGoals: string;
  form: DialogueForm;
  needIds: string[];
  closesAt: Date;
  questionsCloseAt: Date;
  howToTakePart: string;
  rfiQuestions: string[];
  eventStartsAt: Date | null;
  eventEndsAt: Date | null;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  registrationClosesAt: Date | null;
  documentUrl: string | null;
};

/** The dialogue form, plus the ids the action needs (`extra`: the network's or the dialogue's). */
export function dialogueFormSchema<E extends z.ZodRawShape>(t: Messages, extra: E) {
  const m = t.dialogueValidation;
  const label = t.dialogueForm;
  return z
    .looseObject({ ...extra })
    .transform((raw, ctx): DialogueInput & z.output<z.ZodObject<E>> => {
      const f = raw as Record<string, unknown>;
      const issue = (path: DialogueField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      // The shared text rules: "Fyll i …" when a required text is empty, its length when too long.
      const long = (field: DialogueField, value: string, max = TEXT_MAX, required: string | false = false) => {
        const problem = textProblem(value, max, { required, t: t.input });
        if (problem) issue(field, problem);
        return value;
      };
      const instant = (field: DialogueField, required: boolean): Date | null => {
        const value = text(f[field]);
        if (!value) {
          if (required) issue(field, m.timeRequired);
          return null;
        }
        const parsed = parseStockholmInput(value);
        if (!parsed) issue(field, m.invalidTime);
        return parsed;
      };
      // A link typed as www.example.se is read as https (the shared rule).
      const link = (field: DialogueField, value: string) => {
        if (!value) return null;
        const url = typedWebAddress(value);
        if (!url) issue(field, t.input.webAddress);
        return url;
      };

      const title = long('title', text(f.title), TITLE_MAX, label.title);
      const purpose = long('purpose', text(f.purpose), TEXT_MAX, label.purpose);
      const learningGoals = long('learningGoals', text(f.learningGoals));
      const howToTakePart = long('howToTakePart', text(f.howToTakePart));

      const form = (DIALOGUE_FORMS as readonly unknown[]).includes(f.form) ? (f.form as DialogueForm) : null;
      if (!form) issue('form', m.formRequired);

      const needIds = Object.keys(f)
        .filter((key) => key.startsWith('need-') && (f[key] === 'on' || f[key] === 'true'))
        .map((key) => key.slice('need-'.length))
        .filter((id) => id.length > 0 && id.length <= 40);
      if (needIds.length === 0) issue('needs', m.needsRequired);

      const closesAt = instant('closesAt', true);
      const questionsCloseAt = instant('questionsCloseAt', true);
      if (closesAt && questionsCloseAt && questionsCloseAt > closesAt) issue('questionsCloseAt', m.questionsAfterClose);

      let rfiQuestions: string[] = [];
      if (form && hasRfiQuestions(form)) {
        rfiQuestions = text(f.rfiQuestions)
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        if (rfiQuestions.length === 0) issue('rfiQuestions', m.rfiQuestionsRequired);
        else if (rfiQuestions.length > RFI_QUESTIONS_MAX) issue('rfiQuestions', m.rfiTooManyQuestions);
        else {
          const longest = Math.max(...rfiQuestions.map((question) => question.length));
          if (longest > RFI_QUESTION_MAX) issue('rfiQuestions', t.input.tooLong(RFI_QUESTION_MAX, longest));
        }
      }

      const event = form !== null && hasEvent(form);
      const eventStartsAt = event ? instant('eventStartsAt', true) : null;
      const eventEndsAt = event ? instant('eventEndsAt', true) : null;
      if (eventStartsAt && eventEndsAt && eventEndsAt <= eventStartsAt) issue('eventEndsAt', m.eventEndBeforeStart);
      else if (eventEndsAt && closesAt && eventEndsAt > closesAt) issue('eventEndsAt', m.eventAfterClose);
      const place = event ? long('place', text(f.place), PLACE_MAX) : '';
      const onlineUrl = event ? link('onlineUrl', text(f.onlineUrl)) : null;
      if (event && !place && !onlineUrl && !text(f.onlineUrl)) issue('place', m.placeOrLinkRequired);
      let capacity: number | null = null;
      if (event && text(f.capacity)) {
        capacity = /^\d+$/.test(text(f.capacity)) ? Number(text(f.capacity)) : NaN;
        if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000) issue('capacity', m.capacityInvalid);
      }
      const registrationClosesAt = event ? instant('registrationClosesAt', false) : null;
      if (registrationClosesAt && eventStartsAt && registrationClosesAt > eventStartsAt) issue('registrationClosesAt', m.registrationAfterStart);

      const draftDocument = form !== null && hasDraftDocument(form);
      const documentUrl = draftDocument ? link('documentUrl', text(f.documentUrl)) : null;
      if (draftDocument && !text(f.documentUrl)) issue('documentUrl', m.documentRequired);

      return {
        ...(raw as z.output<z.ZodObject<E>>),
        title,
        purpose,
        learningGoals,
        form: form ?? 'RFI',
        needIds: [...new Set(needIds)],
        closesAt: closesAt ?? new Date(0),
        questionsCloseAt: questionsCloseAt ?? new Date(0),
        howToTakePart,
        rfiQuestions,
        eventStartsAt,
        eventEndsAt,
        place: place || null,
        onlineUrl,
        capacity,
        registrationClosesAt,
        documentUrl,
      };
    });
}
