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
CREATE INDEX "flags_customer" ON "flags" USING btree ("customer_key","expires_at","kind","created_at","team_id");--> statement-breakpoint
CREATE INDEX "flags_expires" ON "flags" USING btree ("expires_at");