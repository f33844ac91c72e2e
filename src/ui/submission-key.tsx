// The key that makes a creating form's submission count once (docs/decisions/0027). The page
// draws it when it renders the form; the form sends it back as a hidden field, and the server
// (runNetworkAction's `oncePerSubmission`) answers a repeat with the first submission's outcome.
export const SUBMISSION_KEY_FIELD = 'submissionKey';

export function SubmissionKeyInput({ value }: { value: string }) {
  return <input type="hidden" name={SUBMISSION_KEY_FIELD} value={value} />;
}
