CREATE TABLE "deliveries" (
	"effect_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"owner" text NOT NULL,
	"ref" text,
	"attempts" integer DEFAULT 1 NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "escalation_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"escalation_id" text NOT NULL,
	"team_id" text,
	"type" text NOT NULL,
	"level" integer NOT NULL,
	"round" integer NOT NULL,
	"by" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text,
	"status" text NOT NULL,
	"severity" text NOT NULL,
	"reason" text NOT NULL,
	"version" integer NOT NULL,
	"state" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "timers" ADD COLUMN "kind" text DEFAULT 'time_check' NOT NULL;--> statement-breakpoint
ALTER TABLE "timers" ADD COLUMN "payload" jsonb;--> statement-breakpoint
CREATE INDEX "escalation_events_escalation" ON "escalation_events" USING btree ("escalation_id");--> statement-breakpoint
CREATE INDEX "escalations_session" ON "escalations" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "escalations_team" ON "escalations" USING btree ("team_id","started_at");