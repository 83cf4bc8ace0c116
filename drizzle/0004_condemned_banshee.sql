CREATE TABLE "threat_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"team_id" text,
	"agent_id" text NOT NULL,
	"threat" text NOT NULL,
	"key_id" text NOT NULL,
	"sealed" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "threat_statements_session" ON "threat_statements" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "threat_statements_expires" ON "threat_statements" USING btree ("expires_at");