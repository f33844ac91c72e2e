// React resets a form after its action has run, controlled checkboxes and selects included,
// so a refused attempt would lose the boxes someone ticked (the kept values hold only one
// value per field name, and checkboxes share one). Forms with controlled choices send
// themselves through the action here instead, with no reset. Without JavaScript the form
// posts to the same action as usual.
import { startTransition, type FormEvent } from 'react';

export function submitKeepingChoices(action: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(formData));
  };
}
