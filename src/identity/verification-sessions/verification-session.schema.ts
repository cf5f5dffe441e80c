import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { typeRef } from '../../graphql/type-refs.js';
import { runAction } from '../../layer/actions.js';
import { enumValueName } from '../../layer/naming.js';
import { OUTCOMES, verificationSessions } from './verification-session.resource.js';

/**
 * Stripe's test-mode verification page lets the user pick what the checks find; Stripe has no API
 * endpoint for it. This mutation does what the hosted page at `url` does, for automated tests: the
 * session turns processing, and the chosen outcome follows (scheduled: a test clock's advance, or
 * real time).
 */
const Outcome = builder.enumType('IdentityVerificationSessionTestOutcome', {
  description: "What a test-mode verification finds: `VERIFIED`, or one of Stripe's `last_error` codes (the check it names fails).",
  values: Object.fromEntries(OUTCOMES.map((v) => [enumValueName(v), { value: v, description: `\`${v}\`` }])),
});

const SubmitInput = builder.inputType('TestHelpersSubmitIdentityVerificationSessionInput', {
  description: 'The input of `testHelpersSubmitIdentityVerificationSession`: the session and the outcome its checks will have.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The VerificationSession (status requires_input).' }),
    outcome: t.field({ type: Outcome, required: true, description: 'What the checks find.' }),
    idempotencyKey: t.string({ description: 'Repeating a request with the same key returns the first result again, without repeating its effect (24 hours).' }),
  }),
});

const SessionRef = typeRef<Record<string, unknown>>(verificationSessions.typeName);

builder.mutationField('testHelpersSubmitIdentityVerificationSession', (t) =>
  t.field({
    type: payloadType('TestHelpersSubmitIdentityVerificationSessionPayload', verificationSessions.fieldName, SessionRef),
    description:
      'Test mode: submits a VerificationSession as the user would on its hosted page, choosing the outcome. It turns processing (event `identity.verification_session.processing`); about 10 seconds later (or when a test clock passes that time) it is verified or requires input again with `last_error`, with a VerificationReport.',
    args: { input: t.arg({ type: SubmitInput, required: true, description: 'The session and the outcome.' }) },
    resolve: (_r, { input }, ctx: Context) => {
      const { idempotencyKey, ...rest } = input;
      return toPayload(() =>
        runAction(
          verificationSessions,
          'submit',
          { db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId },
          {
            operation: 'testHelpersSubmitIdentityVerificationSession',
            hashInput: rest,
            idempotencyKey: idempotencyKey ?? null,
            params: { id: String(input.id), outcome: input.outcome },
          },
        ),
      );
    },
  }),
);
