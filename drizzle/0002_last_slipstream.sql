CREATE TABLE "practice_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"team_id" text,
	"kind" text NOT NULL,
	"scenario" text NOT NULL,
	"locale" text NOT NULL,
	"seed" integer NOT NULL,
	"score" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "practice_runs_agent" ON "practice_runs" USING btree ("agent_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_runs_team" ON "practice_runs" USING btree ("team_id","created_at");