CREATE TABLE "architectures" (
	"code" text PRIMARY KEY NOT NULL,
	"e0" smallint NOT NULL,
	"e1" smallint NOT NULL,
	"e2" smallint NOT NULL,
	"e3" smallint NOT NULL,
	"e4" smallint NOT NULL,
	"e5" smallint NOT NULL,
	"e6" smallint NOT NULL,
	"k0" smallint NOT NULL,
	"k1" smallint NOT NULL,
	"k2" smallint NOT NULL,
	"k3" smallint NOT NULL,
	"k4" smallint NOT NULL,
	"k5" smallint NOT NULL,
	"k6" smallint NOT NULL,
	"l0" smallint NOT NULL,
	"l1" smallint NOT NULL,
	"l2" smallint NOT NULL,
	"l3" smallint NOT NULL,
	"l4" smallint NOT NULL,
	"l5" smallint NOT NULL,
	"l6" smallint NOT NULL,
	"se0" boolean NOT NULL,
	"se1" boolean NOT NULL,
	"se2" boolean NOT NULL,
	"se3" boolean NOT NULL,
	"se4" boolean NOT NULL,
	"se5" boolean NOT NULL,
	"se6" boolean NOT NULL,
	"macs" double precision NOT NULL,
	"params" double precision NOT NULL,
	"record_count" smallint NOT NULL,
	CONSTRAINT "architectures_e0_allowed" CHECK ("architectures"."e0" in (1, 4, 6)),
	CONSTRAINT "architectures_k0_allowed" CHECK ("architectures"."k0" in (3, 5)),
	CONSTRAINT "architectures_l0_allowed" CHECK ("architectures"."l0" in (1, 2, 3)),
	CONSTRAINT "architectures_e1_allowed" CHECK ("architectures"."e1" in (1, 4, 6)),
	CONSTRAINT "architectures_k1_allowed" CHECK ("architectures"."k1" in (3, 5)),
	CONSTRAINT "architectures_l1_allowed" CHECK ("architectures"."l1" in (1, 2, 3)),
	CONSTRAINT "architectures_e2_allowed" CHECK ("architectures"."e2" in (1, 4, 6)),
	CONSTRAINT "architectures_k2_allowed" CHECK ("architectures"."k2" in (3, 5)),
	CONSTRAINT "architectures_l2_allowed" CHECK ("architectures"."l2" in (1, 2, 3)),
	CONSTRAINT "architectures_e3_allowed" CHECK ("architectures"."e3" in (1, 4, 6)),
	CONSTRAINT "architectures_k3_allowed" CHECK ("architectures"."k3" in (3, 5)),
	CONSTRAINT "architectures_l3_allowed" CHECK ("architectures"."l3" in (1, 2, 3)),
	CONSTRAINT "architectures_e4_allowed" CHECK ("architectures"."e4" in (1, 4, 6)),
	CONSTRAINT "architectures_k4_allowed" CHECK ("architectures"."k4" in (3, 5)),
	CONSTRAINT "architectures_l4_allowed" CHECK ("architectures"."l4" in (1, 2, 3)),
	CONSTRAINT "architectures_e5_allowed" CHECK ("architectures"."e5" in (1, 4, 6)),
	CONSTRAINT "architectures_k5_allowed" CHECK ("architectures"."k5" in (3, 5)),
	CONSTRAINT "architectures_l5_allowed" CHECK ("architectures"."l5" in (1, 2, 3, 4)),
	CONSTRAINT "architectures_e6_allowed" CHECK ("architectures"."e6" in (1, 4, 6)),
	CONSTRAINT "architectures_k6_allowed" CHECK ("architectures"."k6" in (3, 5)),
	CONSTRAINT "architectures_l6_allowed" CHECK ("architectures"."l6" in (1, 2, 3)),
	CONSTRAINT "architectures_macs_positive" CHECK ("architectures"."macs" > 0),
	CONSTRAINT "architectures_params_positive" CHECK ("architectures"."params" > 0)
);
--> statement-breakpoint
CREATE TABLE "dataset_versions" (
	"hash" text PRIMARY KEY NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"data_dir" text NOT NULL,
	"record_count" integer NOT NULL,
	"architecture_count" integer NOT NULL,
	"duplicate_architecture_count" integer NOT NULL,
	"train_count" integer NOT NULL,
	"val_count" integer NOT NULL,
	"test_count" integer NOT NULL,
	"unsplit_count" integer NOT NULL,
	"proxy_run_count" integer NOT NULL,
	"skipped_files" jsonb NOT NULL,
	"is_current" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "device_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"vendor" text NOT NULL,
	"kind" text NOT NULL,
	"metrics" text[] NOT NULL,
	"units" jsonb NOT NULL,
	"batch_size" integer,
	"protocol" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proxy_fidelity_runs" (
	"recipe" text NOT NULL,
	"seed" smallint NOT NULL,
	"row" integer NOT NULL,
	"code" text NOT NULL,
	"top1" double precision NOT NULL,
	"top5" double precision NOT NULL,
	"macs" double precision NOT NULL,
	"params" double precision NOT NULL,
	"train_time_s" double precision NOT NULL,
	CONSTRAINT "proxy_fidelity_runs_recipe_seed_code_pk" PRIMARY KEY("recipe","seed","code"),
	CONSTRAINT "proxy_fidelity_runs_recipe_known" CHECK ("proxy_fidelity_runs"."recipe" in ('fewproxy', 'proxified'))
);
--> statement-breakpoint
CREATE TABLE "records" (
	"result_id" integer PRIMARY KEY NOT NULL,
	"file" text NOT NULL,
	"code" text NOT NULL,
	"val_top1" double precision NOT NULL,
	"val_top5" double precision NOT NULL,
	"train_time" double precision NOT NULL,
	"macs" double precision NOT NULL,
	"params" double precision NOT NULL,
	"split" text,
	"throughput_a100_mean" double precision,
	"throughput_a100_std" double precision,
	"throughput_3090_mean" double precision,
	"throughput_3090_std" double precision,
	"throughput_tpuv2_mean" double precision,
	"throughput_tpuv2_std" double precision,
	"throughput_tpuv3_mean" double precision,
	"throughput_tpuv3_std" double precision,
	"throughput_zcu102_mean" double precision,
	"throughput_zcu102_std" double precision,
	"throughput_vck190_mean" double precision,
	"throughput_vck190_std" double precision,
	"latency_zcu102_mean" double precision,
	"latency_zcu102_std" double precision,
	"latency_vck190_mean" double precision,
	"latency_vck190_std" double precision,
	CONSTRAINT "records_file_unique" UNIQUE("file"),
	CONSTRAINT "records_split_known" CHECK ("records"."split" in ('train', 'val', 'test')),
	CONSTRAINT "records_val_top1_percent" CHECK ("records"."val_top1" between 0 and 100),
	CONSTRAINT "records_val_top5_percent" CHECK ("records"."val_top5" between 0 and 100),
	CONSTRAINT "records_train_time_positive" CHECK ("records"."train_time" > 0),
	CONSTRAINT "records_macs_positive" CHECK ("records"."macs" > 0),
	CONSTRAINT "records_params_positive" CHECK ("records"."params" > 0),
	CONSTRAINT "records_throughput_a100_mean_positive" CHECK ("records"."throughput_a100_mean" > 0),
	CONSTRAINT "records_throughput_a100_std_nonnegative" CHECK ("records"."throughput_a100_std" >= 0),
	CONSTRAINT "records_throughput_3090_mean_positive" CHECK ("records"."throughput_3090_mean" > 0),
	CONSTRAINT "records_throughput_3090_std_nonnegative" CHECK ("records"."throughput_3090_std" >= 0),
	CONSTRAINT "records_throughput_tpuv2_mean_positive" CHECK ("records"."throughput_tpuv2_mean" > 0),
	CONSTRAINT "records_throughput_tpuv2_std_nonnegative" CHECK ("records"."throughput_tpuv2_std" >= 0),
	CONSTRAINT "records_throughput_tpuv3_mean_positive" CHECK ("records"."throughput_tpuv3_mean" > 0),
	CONSTRAINT "records_throughput_tpuv3_std_nonnegative" CHECK ("records"."throughput_tpuv3_std" >= 0),
	CONSTRAINT "records_throughput_zcu102_mean_positive" CHECK ("records"."throughput_zcu102_mean" > 0),
	CONSTRAINT "records_throughput_zcu102_std_nonnegative" CHECK ("records"."throughput_zcu102_std" >= 0),
	CONSTRAINT "records_throughput_vck190_mean_positive" CHECK ("records"."throughput_vck190_mean" > 0),
	CONSTRAINT "records_throughput_vck190_std_nonnegative" CHECK ("records"."throughput_vck190_std" >= 0),
	CONSTRAINT "records_latency_zcu102_mean_positive" CHECK ("records"."latency_zcu102_mean" > 0),
	CONSTRAINT "records_latency_zcu102_std_nonnegative" CHECK ("records"."latency_zcu102_std" >= 0),
	CONSTRAINT "records_latency_vck190_mean_positive" CHECK ("records"."latency_vck190_mean" > 0),
	CONSTRAINT "records_latency_vck190_std_nonnegative" CHECK ("records"."latency_vck190_std" >= 0)
);
--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_code_architectures_code_fk" FOREIGN KEY ("code") REFERENCES "public"."architectures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "architectures_macs_idx" ON "architectures" USING btree ("macs");--> statement-breakpoint
CREATE INDEX "architectures_params_idx" ON "architectures" USING btree ("params");--> statement-breakpoint
CREATE UNIQUE INDEX "dataset_versions_one_current" ON "dataset_versions" USING btree ("is_current") WHERE "dataset_versions"."is_current";--> statement-breakpoint
CREATE INDEX "proxy_fidelity_runs_code_idx" ON "proxy_fidelity_runs" USING btree ("code");--> statement-breakpoint
CREATE INDEX "records_code_idx" ON "records" USING btree ("code");--> statement-breakpoint
CREATE INDEX "records_split_idx" ON "records" USING btree ("split");--> statement-breakpoint
CREATE INDEX "records_val_top1_idx" ON "records" USING btree ("val_top1","result_id");--> statement-breakpoint
CREATE INDEX "records_val_top5_idx" ON "records" USING btree ("val_top5","result_id");--> statement-breakpoint
CREATE INDEX "records_train_time_idx" ON "records" USING btree ("train_time","result_id");--> statement-breakpoint
CREATE INDEX "records_macs_idx" ON "records" USING btree ("macs","result_id");--> statement-breakpoint
CREATE INDEX "records_params_idx" ON "records" USING btree ("params","result_id");--> statement-breakpoint
CREATE INDEX "records_throughput_a100_mean_idx" ON "records" USING btree ("throughput_a100_mean","result_id");--> statement-breakpoint
CREATE INDEX "records_throughput_3090_mean_idx" ON "records" USING btree ("throughput_3090_mean","result_id");--> statement-breakpoint
CREATE INDEX "records_throughput_tpuv2_mean_idx" ON "records" USING btree ("throughput_tpuv2_mean","result_id");--> statement-breakpoint
CREATE INDEX "records_throughput_tpuv3_mean_idx" ON "records" USING btree ("throughput_tpuv3_mean","result_id");--> statement-breakpoint
CREATE INDEX "records_throughput_zcu102_mean_idx" ON "records" USING btree ("throughput_zcu102_mean","result_id");--> statement-breakpoint
CREATE INDEX "records_throughput_vck190_mean_idx" ON "records" USING btree ("throughput_vck190_mean","result_id");--> statement-breakpoint
CREATE INDEX "records_latency_zcu102_mean_idx" ON "records" USING btree ("latency_zcu102_mean","result_id");--> statement-breakpoint
CREATE INDEX "records_latency_vck190_mean_idx" ON "records" USING btree ("latency_vck190_mean","result_id");