CREATE TABLE "user_devices" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"origin" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"profile" jsonb NOT NULL,
	"delete_token_hash" text NOT NULL,
	CONSTRAINT "user_devices_id_format" CHECK ("user_devices"."id" ~ '^u[0-9a-f]{12}$'),
	CONSTRAINT "user_devices_origin_known" CHECK ("user_devices"."origin" in ('browser', 'cli')),
	CONSTRAINT "user_devices_name_length" CHECK (char_length("user_devices"."name") between 1 and 80)
);
--> statement-breakpoint
CREATE INDEX "user_devices_created_idx" ON "user_devices" USING btree ("created_at");