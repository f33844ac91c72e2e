// Marks a field the server requires, after its label or legend: "Titel (obligatoriskt)". The
// forms leave out the HTML required attribute on purpose (the browser's own bubbles would come
// before the server's summary in the person's language), so the control gets aria-required
// and the label says it in words, not with an asterisk a screen reader may skip. No hooks and
// no dictionary of its own: client forms and server pages alike pass the 'input' section.
import type { ClientMessages } from '@/i18n/client-messages';

export function RequiredMark({ messages }: { messages: ClientMessages<'input'> }) {
  return (
    <>
      {' '}
      <span className="font-normal text-slate-700">({messages.input.requiredMark})</span>
    </>
  );
}
