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
	"status" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "outbox_pending" ON "outbox" USING btree ("status","available_at");--> statement-breakpoint
CREATE INDEX "outbox_session" ON "outbox" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sessions_agent_status" ON "sessions" USING btree ("agent_id","status");--> statement-breakpoint
CREATE INDEX "sessions_customer" ON "sessions" USING btree ("customer_key");--> statement-breakpoint
CREATE INDEX "timers_pending" ON "timers" USING btree ("status","due_at");