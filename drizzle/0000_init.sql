CREATE TABLE "agents" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text,
	"locale" text,
	"limit_minutes" integer,
	"limit_hostility" integer,
	"limit_complexity" integer,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"session_id" text NOT NULL,
	"surface" text NOT NULL,
	"type" text NOT NULL,
	"effect" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "processed_requests" (
	"key" text PRIMARY KEY NOT NULL,
	"ref" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text,
	"surface" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"customer_key" text,
	"version" integer NOT NULL,
	"state" jsonb NOT NULL,
	"surface_ref" jsonb,
	"started_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "timers" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"kind" text DEFAULT 'time_check' NOT NULL,
	"payload" jsonb,
	"status" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "flag_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"flag_id" text NOT NULL,
	"action" text NOT NULL,
	"kind" text NOT NULL,
	"by" text NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_key" text NOT NULL,
	"hint" text NOT NULL,
	"kind" text NOT NULL,
	"team_id" text,
	"agent_id" text NOT NULL,
	"session_id" text,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "anonymous_checkins" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"week" text NOT NULL,
	"mood" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "anonymous_contributors" (
	"team_id" text NOT NULL,
	"week" text NOT NULL,
	"token" text NOT NULL,
	CONSTRAINT "anonymous_contributors_team_id_week_token_pk" PRIMARY KEY("team_id","week","token")
);
--> statement-breakpoint
CREATE TABLE "breaks" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text NOT NULL,
	"surface" text NOT NULL,
	"minutes" integer NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_nudges" (
	"key" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"surface" text NOT NULL,
	"type" text NOT NULL,
	"effect" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "checkins" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text NOT NULL,
	"visibility" text NOT NULL,
	"mood" integer NOT NULL,
	"note" text,
	"day" text NOT NULL,
	"week" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_pending" ON "outbox" USING btree ("status","available_at");--> statement-breakpoint
CREATE INDEX "outbox_session" ON "outbox" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sessions_agent_status" ON "sessions" USING btree ("agent_id","status");--> statement-breakpoint
CREATE INDEX "sessions_customer" ON "sessions" USING btree ("customer_key");--> statement-breakpoint
CREATE INDEX "timers_pending" ON "timers" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "flags_customer" ON "flags" USING btree ("customer_key","expires_at","kind","created_at","team_id");--> statement-breakpoint
CREATE INDEX "flags_expires" ON "flags" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "escalation_events_escalation" ON "escalation_events" USING btree ("escalation_id");--> statement-breakpoint
CREATE INDEX "escalations_session" ON "escalations" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "escalations_team" ON "escalations" USING btree ("team_id","started_at");--> statement-breakpoint
CREATE INDEX "anonymous_checkins_team_week" ON "anonymous_checkins" USING btree ("team_id","week");--> statement-breakpoint
CREATE INDEX "breaks_pending" ON "breaks" USING btree ("status","ends_at");--> statement-breakpoint
CREATE INDEX "care_outbox_pending" ON "care_outbox" USING btree ("status","available_at");--> statement-breakpoint
CREATE INDEX "checkins_team_week" ON "checkins" USING btree ("team_id","week");--> statement-breakpoint
CREATE INDEX "checkins_agent" ON "checkins" USING btree ("agent_id","created_at");