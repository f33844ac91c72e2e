// GET /{locale}/me/account/export: the signed-in person's own data as a JSON file ("My data",
// src/modules/accounts/my-data.ts).
import { myDataDownload } from '@/modules/accounts/my-data';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, context: { params: Promise<{ locale: string }> }) {
  return myDataDownload(context);
}
