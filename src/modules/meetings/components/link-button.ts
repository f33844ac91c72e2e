// Links that look like the forms' buttons, for server components: form-feedback.tsx is a
// client module, so its class constants cannot be imported into a server component.
export const primaryLinkButtonClass = 'inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900';
export const secondaryLinkButtonClass = 'inline-block rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50';
