// The look of form fields and buttons, in a plain module: client forms and server-rendered
// links that look like buttons import the same classes (a 'use client' module's constants
// cannot be used by server components).
const borderClass = (invalid: boolean) => (invalid ? 'border-red-700' : 'border-slate-500');

export const inputClass = (invalid: boolean) => `mt-1 block w-full rounded border px-3 py-2 text-base ${borderClass(invalid)}`;

/** A smaller field, for forms inside a table row. */
export const compactInputClass = (invalid: boolean) => `rounded border bg-white px-2 py-1.5 text-sm ${borderClass(invalid)}`;

export const buttonClass = 'rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70';
/** For what cannot be undone (deleting one's account): red, as the compact danger buttons. */
export const dangerButtonClass = 'rounded bg-red-800 px-5 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70';

export const secondaryButtonClass =
  'rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70';

const compactButtonClass = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-70';

/** Smaller buttons, for forms inside a table row. */
export const compactSecondaryButtonClass = `${compactButtonClass} border border-brand-700 text-brand-700 hover:bg-brand-50`;
export const compactDangerButtonClass = `${compactButtonClass} bg-red-800 text-white hover:bg-red-900`;

/** Links that look like the buttons. */
export const primaryLinkButtonClass = `inline-block ${buttonClass}`;
export const secondaryLinkButtonClass = `inline-block ${secondaryButtonClass}`;
