// Creating actions count each form submission once (docs/decisions/0027): a double click, a
// browser's retry or twenty identical posts at once create one record. The key is random and
// drawn per rendered form; it is stored with the person, so nobody can replay another's.
import 'server-only';

import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { SUBMISSION_KEY_FIELD } from '@/ui/submission-key';

/** A fresh key for a form the page is about to render. */
export function newSubmissionKey(): string {
  return randomUUID();
}

/** The form's key, or null when it carries none (or something that is no key). */
export function submissionKeyOf(formData: FormData): string | null {
  const parsed = z.uuid().safeParse(formData.get(SUBMISSION_KEY_FIELD));
  return parsed.success ? parsed.data : null;
}
