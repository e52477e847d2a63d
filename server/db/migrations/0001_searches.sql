CREATE TABLE "searches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "searches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"optimizer" text NOT NULL,
	"metric" text NOT NULL,
	"accuracy" text NOT NULL,
	"seed" integer NOT NULL,
	"budget" integer NOT NULL,
	"settings" jsonb NOT NULL,
	"surrogate_version" text NOT NULL,
	"dataset_version" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"front" jsonb NOT NULL,
	"hypervolume" double precision NOT NULL,
	"best_code" text NOT NULL,
	"best_accuracy" double precision NOT NULL,
	"best_hardware" double precision NOT NULL,
	"best_reward" double precision NOT NULL,
	CONSTRAINT "searches_metric_known" CHECK ("searches"."metric" in ('throughput_a100', 'throughput_3090', 'throughput_tpuv2', 'throughput_tpuv3', 'throughput_zcu102', 'throughput_vck190', 'latency_zcu102', 'latency_vck190'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "searches_run_idx" ON "searches" USING btree ("optimizer","metric","accuracy","seed","budget","surrogate_version");--> statement-breakpoint
CREATE INDEX "searches_metric_idx" ON "searches" USING btree ("metric");