'use client';

// The one kit for what a form of any domain says after it was sent: a confirmation in a live
// region that is always present (so screen readers announce it when it fills), or an error
// summary at the top, linking to each field with an error. Either is moved into focus, so a
// keyboard user continues from what the form answered, not from the top of the page (the
// button they pressed may be gone). The errors also stand next to their fields (FieldError).
import { useEffect, useRef, type ReactNode } from 'react';

import type { FormState } from './form-state';

type SummaryProps = {
  state: FormState;
  /** The summary's heading, e.g. "Stadgan sparades inte". */
  heading: string;
  /** The id of the input of each field name, to link from the summary. */
  fieldIds?: Record<string, string>;
  /** The fields in the order they appear in the form. */
  fieldOrder?: readonly string[];
  /** Each field's label, so a summary line says which field it is about. */
  fieldLabels?: Record<string, string>;
};

export function FormFeedback({
  renderDetail,
  ...summary
}: SummaryProps & {
  /** How the confirmation shows the action's detail; by default as text to copy. */
  renderDetail?: (detail: string) => ReactNode;
}) {
  const { state } = summary;
  const confirmationRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'success') confirmationRef.current?.focus();
  }, [state]);
  return (
    <>
      <div
        ref={confirmationRef}
        role="status"
        tabIndex={-1}
        className={state.status === 'success' ? 'rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900' : 'sr-only'}
      >
        {state.status === 'success' && (
          <>
            <p>{state.message}</p>
            {state.detail && (renderDetail ? renderDetail(state.detail) : <p className="mt-1 break-all font-mono text-sm">{state.detail}</p>)}
          </>
        )}
      </div>
      <FormErrorSummary {...summary} />
    </>
  );
}

/**
 * FormFeedback's error summary alone, for forms that share one action state and show the
 * confirmation once above them all (a list of requests): each form shows its own errors.
 */
export function FormErrorSummary({ state, heading, fieldIds = {}, fieldOrder = [], fieldLabels = {} }: SummaryProps) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  const fieldErrors = [...fieldOrder, ...Object.keys(errors).filter((f) => !fieldOrder.includes(f))]
    .filter((field) => errors[field])
    // A label that asks a question ends in its own mark: "Varför …?: Skriv …" reads badly.
    .map((field) => ({ field, message: fieldLabels[field] ? `${fieldLabels[field].replace(/[?:]\s*$/, '')}: ${errors[field]}` : errors[field]! }));
  // With field errors the message only says "fix the errors below": the list says it better.
  const showMessage = Boolean(state.message) && fieldErrors.length === 0;

  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
  }, [state]);

  if (state.status !== 'error') return null;
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{heading}</p>
      <ul className="mt-1 list-disc pl-5">
        {showMessage && <li>{state.message}</li>}
        {fieldErrors.map(({ field, message }) => (
          <li key={field}>
            {fieldIds[field] ? (
              <a href={`#${fieldIds[field]}`} className="underline">
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The error shown under a field; its id is what the field's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

/** A checkbox with its label and, beside it, a hint that is read out with the box. */
export function CheckboxField({
  id,
  name,
  label,
  hint,
  defaultChecked,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  defaultChecked: boolean;
}) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        value="on"
        defaultChecked={defaultChecked}
        aria-describedby={`${id}-hint`}
        className="mt-1 h-4 w-4"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      </div>
    </div>
  );
}

/**
 * aria-invalid and aria-describedby for the field `id`, whose error is `${id}-error`. Its hint
 * is `${id}-hint` (hint: true), or the id given (hint: "some-id").
 */
/** The ids of a form's inputs, `${prefix}-${field}`, for the error summary's links. */
export function fieldIdsOf(prefix: string, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, `${prefix}-${field}`]));
}

export function describedBy(id: string, options: { hint?: boolean | string; error?: string }) {
  const hintId = typeof options.hint === 'string' ? options.hint : options.hint ? `${id}-hint` : null;
  const ids = [hintId, options.error ? `${id}-error` : null].filter(Boolean);
  return {
    'aria-invalid': options.error ? (true as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}
