'use server';

// The button on the unsubscribe page: turns off the kind of mail the signed link names, for
// the person it names, without a session (the token is the authority). Through
// runPublicAction: counted against the per-address limit first, one transaction, audited with
// the person as the actor. Pressing it twice changes nothing the second time.
import { z } from 'zod';

import { fill } from '@/i18n/template';
import { runPublicAction, type ActionResult } from '@/server/actions/person-action';
import { Refusal } from '@/server/actions/network-action';
import { UNSUBSCRIBE_TOKEN_MAX_LENGTH, verifyUnsubscribeToken } from '@/server/mail/unsubscribe-link';
import { RATE_LIMITS } from '@/server/rate-limit';
import type { FormState } from '@/ui/form-state';

import { muteMailKind, UNSUBSCRIBE_ACTION, unsubscribeAudit } from './unsubscribe';

export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  return runPublicAction(formData, {
    action: UNSUBSCRIBE_ACTION,
    schema: () => z.object({ token: z.string().max(UNSUBSCRIBE_TOKEN_MAX_LENGTH).catch('') }),
    limits: (_input, address) => [{ key: `unsubscribe:ip:${address}`, limit: RATE_LIMITS.signedOutActionsPerAddress }],
    perform: async ({ tx, input, t }) => {
      const target = verifyUnsubscribeToken(input.token);
      if (!target) throw new Refusal('link_invalid');
      const result = await muteMailKind(tx, target);
      if (!result) throw new Refusal('link_invalid');
      return {
        message: fill(t.unsubscribe.done, { kind: t.mailKinds[target.kind] }),
        actorId: target.userId,
        entity: { type: 'User', id: target.userId },
        audit: unsubscribeAudit(result, target.kind, 'page'),
      };
    },
  });
}
