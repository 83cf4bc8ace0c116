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
CREATE INDEX "anonymous_checkins_team_week" ON "anonymous_checkins" USING btree ("team_id","week");--> statement-breakpoint
CREATE INDEX "breaks_pending" ON "breaks" USING btree ("status","ends_at");--> statement-breakpoint
CREATE INDEX "care_outbox_pending" ON "care_outbox" USING btree ("status","available_at");--> statement-breakpoint
CREATE INDEX "checkins_team_week" ON "checkins" USING btree ("team_id","week");--> statement-breakpoint
CREATE INDEX "checkins_agent" ON "checkins" USING btree ("agent_id","created_at");