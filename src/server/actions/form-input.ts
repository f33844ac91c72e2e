// Reading a posted form the way every server action does: the language it was sent in,
// what the person typed (to put back after an error, never passwords), the fields as zod
// sees them, and zod's errors per field.
import type { z } from 'zod';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales';

export const localeOf = (formData: FormData): Locale => {
  const value = formData.get('locale');
  return typeof value === 'string' && isLocale(value) ? value : DEFAULT_LOCALE;
};

/** What the person typed, to put back into the form after an error (never secrets). */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !/password|token/i.test(key)) values[key] = value;
  }
  return values;
}

/** Form fields as zod sees them: a repeated field (checkboxes) becomes an array. */
export function formObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    object[key] = all.length > 1 ? all : all[0];
  }
  return object;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
