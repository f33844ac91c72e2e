// An email address as Trappan keeps it: trimmed and in lower case, so one person has one account
// whatever case they type.
import { z } from 'zod';

/** Emails are compared and stored in lower case. */
export const ZEmail = z.string().trim().toLowerCase().pipe(z.email());
