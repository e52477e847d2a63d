DROP INDEX "searches_run_idx";--> statement-breakpoint
ALTER TABLE "searches" ADD COLUMN "name" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "searches_run_idx" ON "searches" USING btree ("optimizer","metric","accuracy","seed","budget","surrogate_version","name");--> statement-breakpoint
ALTER TABLE "searches" ADD CONSTRAINT "searches_name_length" CHECK (char_length("searches"."name") <= 80);