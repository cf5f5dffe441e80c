-- Scheduled steps name the Stripe object whose resource runs them (src/layer/schedule-run.ts dispatches by object name).
UPDATE "scheduled_transitions" SET "flow_type" = 'treasury.' || "flow_type" WHERE "flow_type" IN ('outbound_transfer', 'outbound_payment', 'inbound_transfer');
--> statement-breakpoint
-- Step params are the action's Stripe params: a return's code under returned_details, a failure's under failure_details (the first release stored a bare `code`).
UPDATE "scheduled_transitions" SET "params" = ("params" - 'code') || jsonb_build_object('returned_details', jsonb_build_object('code', "params" -> 'code')) WHERE "action" = 'return' AND "params" ->> 'code' IS NOT NULL;
--> statement-breakpoint
UPDATE "scheduled_transitions" SET "params" = ("params" - 'code') || jsonb_build_object('failure_details', jsonb_build_object('code', "params" -> 'code')) WHERE "action" = 'fail' AND "params" ->> 'code' IS NOT NULL;
