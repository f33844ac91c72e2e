// An email address as Trappan keeps it: trimmed and in lower case, so one person has one account
// whatever case they type.
import { z } from 'zod';

/** Emails are compared and stored in lower case. */
export const ZEmail = z.string().trim().toLowerCase().pipe(z.email());

/** The same, for a form: every way to get it wrong gives the person the one message, in their language. */
export const emailField = (message: string) => z.string({ error: message }).trim().max(254, message).toLowerCase().pipe(z.email(message));
