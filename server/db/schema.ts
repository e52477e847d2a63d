// The database schema (Postgres dialect; the same tables on PGlite and on a Postgres server).
// TypeScript keys equal the SQL column names, and measured columns are named after the targets in
// core/targets.ts (`val_top1`, `throughput_a100_mean`), so routers can loop over TARGETS.
//
// Imports are relative, not `@/…`: drizzle-kit loads this file itself and does not read tsconfig paths.
import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { SPLIT_NAMES } from '../../core/dataset/splitPaths';
import { BLOCK_COUNT, GENES, geneChoices } from '../../core/space/searchSpace';
import { DEVICE_METRIC_NAMES, type DeviceMetricName } from '../../core/targets';

/** One row per imported content hash; exactly one (the last import) is current. */
export const datasetVersions = pgTable(
  'dataset_versions',
  {
    /** sha256 over every dataset file (readDataset's contentHash): the version. */
    hash: text().primaryKey(),
    imported_at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    /** Absolute data folder the version was imported from. */
    data_dir: text().notNull(),
    record_count: integer().notNull(),
    architecture_count: integer().notNull(),
    /** Architectures with more than one record (independent trainings of the same network). */
    duplicate_architecture_count: integer().notNull(),
    train_count: integer().notNull(),
    val_count: integer().notNull(),
    test_count: integer().notNull(),
    /** Records in none of the paper's split files. */
    unsplit_count: integer().notNull(),
    proxy_run_count: integer().notNull(),
    /** Files left out by an import with --skip-invalid; empty for a clean import. */
    skipped_files: jsonb().$type<string[]>().notNull(),
    is_current: boolean().notNull(),
  },
  (t) => [
    uniqueIndex('dataset_versions_one_current')
      .on(t.is_current)
      .where(sql`${t.is_current}`),
  ],
);

/** One row per distinct architecture; genes are columns so gene constraints are plain WHERE clauses. */
export const architectures = pgTable(
  'architectures',
  {
    /** Canonical architecture code, e.g. `1311-6321-6521-6331-6531-6541-6311`. */
    code: text().primaryKey(),
    // Expansion ratio (1, 4, 6), kernel size (3, 5), layers (1–3; block 5: 1–4), squeeze-excite, per block.
    e0: smallint().notNull(),
    e1: smallint().notNull(),
    e2: smallint().notNull(),
    e3: smallint().notNull(),
    e4: smallint().notNull(),
    e5: smallint().notNull(),
    e6: smallint().notNull(),
    k0: smallint().notNull(),
    k1: smallint().notNull(),
    k2: smallint().notNull(),
    k3: smallint().notNull(),
    k4: smallint().notNull(),
    k5: smallint().notNull(),
    k6: smallint().notNull(),
    l0: smallint().notNull(),
    l1: smallint().notNull(),
    l2: smallint().notNull(),
    l3: smallint().notNull(),
    l4: smallint().notNull(),
    l5: smallint().notNull(),
    l6: smallint().notNull(),
    se0: boolean().notNull(),
    se1: boolean().notNull(),
    se2: boolean().notNull(),
    se3: boolean().notNull(),
    se4: boolean().notNull(),
    se5: boolean().notNull(),
    se6: boolean().notNull(),
    /** Millions of MACs at 224×224 (the dataset's `model_info.macs`). */
    macs: doublePrecision().notNull(),
    /** Millions of parameters (`model_info.params`). */
    params: doublePrecision().notNull(),
    /** Number of records (trainings) of this architecture: 1, or 2 for the 13 repeated ones. */
    record_count: smallint().notNull(),
  },
  (t) => {
    const checks = [];
    for (let b = 0; b < BLOCK_COUNT; b++) {
      for (const gene of GENES) {
        if (gene === 'se') continue;
        const column = t[`${gene}${b}` as `${'e' | 'k' | 'l'}${0 | 1 | 2 | 3 | 4 | 5 | 6}`];
        checks.push(check(`architectures_${gene}${b}_allowed`, inList(column, geneChoices(b, gene) as number[])));
      }
    }
    return [
      ...checks,
      check('architectures_macs_positive', sql`${t.macs} > 0`),
      check('architectures_params_positive', sql`${t.params} > 0`),
      index('architectures_macs_idx').on(t.macs),
      index('architectures_params_idx').on(t.params),
    ];
  },
);

/** One row per `result_N.json`: a training of an architecture and its measurements on every device. */
export const records = pgTable(
  'records',
  {
    /** N of result_N.json. */
    result_id: integer().primaryKey(),
    file: text().notNull().unique(),
    code: text()
      .notNull()
      .references(() => architectures.code),
    val_top1: doublePrecision().notNull(),
    val_top5: doublePrecision().notNull(),
    /** Proxy training time, seconds. */
    train_time: doublePrecision().notNull(),
    macs: doublePrecision().notNull(),
    params: doublePrecision().notNull(),
    /** The paper's split; null for the records in none of the split files. */
    split: text({ enum: SPLIT_NAMES }),
    // `<target>_mean` / `<target>_std` for each device metric of core/targets.ts; null where the dataset
    // has no value (FPGA std is null everywhere). Throughput in images/s, latency in ms.
    throughput_a100_mean: doublePrecision(),
    throughput_a100_std: doublePrecision(),
    throughput_3090_mean: doublePrecision(),
    throughput_3090_std: doublePrecision(),
    throughput_tpuv2_mean: doublePrecision(),
    throughput_tpuv2_std: doublePrecision(),
    throughput_tpuv3_mean: doublePrecision(),
    throughput_tpuv3_std: doublePrecision(),
    throughput_zcu102_mean: doublePrecision(),
    throughput_zcu102_std: doublePrecision(),
    throughput_vck190_mean: doublePrecision(),
    throughput_vck190_std: doublePrecision(),
    latency_zcu102_mean: doublePrecision(),
    latency_zcu102_std: doublePrecision(),
    latency_vck190_mean: doublePrecision(),
    latency_vck190_std: doublePrecision(),
  },
  (t) => [
    index('records_code_idx').on(t.code),
    index('records_split_idx').on(t.split),
    // A CHECK passes on null, so unsplit records need no special case.
    check('records_split_known', inList(t.split, SPLIT_NAMES)),
    check('records_val_top1_percent', sql`${t.val_top1} between 0 and 100`),
    check('records_val_top5_percent', sql`${t.val_top5} between 0 and 100`),
    check('records_train_time_positive', sql`${t.train_time} > 0`),
    check('records_macs_positive', sql`${t.macs} > 0`),
    check('records_params_positive', sql`${t.params} > 0`),
    // Sortable metrics: (metric, result_id) so a sort with a keyset cursor is one index range scan.
    ...(['val_top1', 'val_top5', 'train_time', 'macs', 'params'] as const).map((name) =>
      index(`records_${name}_idx`).on(t[name], t.result_id),
    ),
    ...DEVICE_METRIC_NAMES.flatMap((name) => {
      const mean = t[measurementColumn(name, 'mean')];
      const std = t[measurementColumn(name, 'std')];
      return [
        index(`records_${name}_mean_idx`).on(mean, t.result_id),
        check(`records_${name}_mean_positive`, sql`${mean} > 0`),
        check(`records_${name}_std_nonnegative`, sql`${std} >= 0`),
      ];
    }),
  ],
);

/** The six accelerators, seeded from core/devices.ts DEVICES on every import. */
export const deviceProfiles = pgTable('device_profiles', {
  id: text().primaryKey(),
  /** Order of DEVICES, for stable listings. */
  position: smallint().notNull(),
  name: text().notNull(),
  vendor: text().notNull(),
  kind: text({ enum: ['GPU', 'TPU', 'FPGA'] }).notNull(),
  /** Dataset metrics measured on this device, e.g. `{throughput_zcu102,latency_zcu102}`. */
  metrics: text().array().notNull().$type<DeviceMetricName[]>(),
  /** Unit per metric, e.g. `{"throughput_zcu102": "img/s"}`. */
  units: jsonb().$type<Partial<Record<DeviceMetricName, string>>>().notNull(),
  batch_size: integer(),
  protocol: text().notNull(),
  source: text().notNull(),
});

/** proxy-fidelity/*.csv: 117 architectures trained with the reference and the proxy recipe, 3 seeds each. */
export const proxyFidelityRuns = pgTable(
  'proxy_fidelity_runs',
  {
    recipe: text({ enum: ['fewproxy', 'proxified'] }).notNull(),
    seed: smallint().notNull(),
    /**
     * The CSV's first column. Not unique within a file (it restarts per training job, column 2), so it
     * is not a key: runs of one architecture match across files by `code`.
     */
    row: integer().notNull(),
    /** Not a foreign key: none of these 117 architectures is among the dataset's records. */
    code: text().notNull(),
    top1: doublePrecision().notNull(),
    top5: doublePrecision().notNull(),
    macs: doublePrecision().notNull(),
    params: doublePrecision().notNull(),
    train_time_s: doublePrecision().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.recipe, t.seed, t.code] }),
    index('proxy_fidelity_runs_code_idx').on(t.code),
    check('proxy_fidelity_runs_recipe_known', inList(t.recipe, ['fewproxy', 'proxified'])),
  ],
);

/** `records` column holding the mean or std of a device metric, e.g. `throughput_a100_mean`. */
export function measurementColumn<N extends DeviceMetricName, S extends 'mean' | 'std'>(name: N, stat: S): `${N}_${S}` {
  return `${name}_${stat}`;
}

/** `column in (…)` with literal values: constraints cannot take bound parameters. */
function inList(column: AnyPgColumn, values: readonly (number | string)[]): SQL {
  const literals = values.map((v) => sql.raw(typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`));
  return sql`${column} in (${sql.join(literals, sql`, `)})`;
}

export type DatasetVersion = typeof datasetVersions.$inferSelect;
export type NewDatasetVersion = typeof datasetVersions.$inferInsert;
export type ArchitectureRow = typeof architectures.$inferSelect;
export type NewArchitectureRow = typeof architectures.$inferInsert;
export type RecordRow = typeof records.$inferSelect;
export type NewRecordRow = typeof records.$inferInsert;
export type DeviceProfileRow = typeof deviceProfiles.$inferSelect;
export type NewDeviceProfileRow = typeof deviceProfiles.$inferInsert;
export type ProxyFidelityRunRow = typeof proxyFidelityRuns.$inferSelect;
export type NewProxyFidelityRunRow = typeof proxyFidelityRuns.$inferInsert;

/**
 * Stored proxy searches (`npm run searches:store`): one optimizer run with one seed against the ONNX
 * surrogate, for one device metric. Re-storing the same run (same key) replaces it.
 */
export const searches = pgTable(
  'searches',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /**
     * Name given by whoever stored the run through POST /api/v1/searches (or the tRPC mutation
     * searches.create); '' for runs stored by `npm run searches:store`. Plain text, escaped when shown.
     */
    name: text().notNull().default(''),
    optimizer: text().notNull(),
    /** Device metric the search traded accuracy against, e.g. `throughput_vck190`. */
    metric: text().notNull().$type<DeviceMetricName>(),
    /** Accuracy target, `val_top1` or `val_top5`. */
    accuracy: text().notNull(),
    seed: integer().notNull(),
    budget: integer().notNull(),
    /** The optimizer's full settings (reward target and w, reference point, its own parameters). */
    settings: jsonb().notNull().$type<Record<string, unknown>>(),
    /** The surrogate manifest's versionHash. */
    surrogate_version: text().notNull(),
    /** Dataset version (content hash) the reference point's medians were taken from. */
    dataset_version: text().notNull(),
    created_at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    /** Non-dominated evaluations, hardware ascending: `{evaluation, code, accuracy, hardware}`. */
    front: jsonb().notNull().$type<{ evaluation: number; code: string; accuracy: number; hardware: number }[]>(),
    hypervolume: doublePrecision().notNull(),
    /** Best-reward architecture and its predicted objectives. */
    best_code: text().notNull(),
    best_accuracy: doublePrecision().notNull(),
    best_hardware: doublePrecision().notNull(),
    best_reward: doublePrecision().notNull(),
  },
  (t) => [
    uniqueIndex('searches_run_idx').on(t.optimizer, t.metric, t.accuracy, t.seed, t.budget, t.surrogate_version, t.name),
    index('searches_metric_idx').on(t.metric),
    check('searches_metric_known', inList(t.metric, DEVICE_METRIC_NAMES)),
    check('searches_name_length', sql`char_length(${t.name}) <= 80`),
  ],
);

export type SearchRow = typeof searches.$inferSelect;
export type NewSearchRow = typeof searches.$inferInsert;

/**
 * Device profiles people measured themselves (#12, `/devices/new`, `npm run profile-device`): the
 * measurements only (core/profile/deviceProfile.ts), the fit is derived on read. Immutable and
 * content-addressed: the id is `u` + 12 hex digits of the sha256 of the profile's canonical JSON, so the
 * same profile stored twice is one row. Deleting needs the token handed to the creator once; only its
 * sha256 is kept.
 */
export const userDevices = pgTable(
  'user_devices',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    /** Where it was measured: `browser` (onnxruntime-web) or `cli` (onnxruntime-node). */
    origin: text({ enum: ['browser', 'cli'] }).notNull(),
    created_at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    /** The validated profile as stored (deviceProfileSchema's output). */
    profile: jsonb().notNull().$type<Record<string, unknown>>(),
    /** sha256 (hex) of the delete token. */
    delete_token_hash: text().notNull(),
  },
  (t) => [
    index('user_devices_created_idx').on(t.created_at),
    check('user_devices_id_format', sql`${t.id} ~ '^u[0-9a-f]{12}$'`),
    check('user_devices_origin_known', inList(t.origin, ['browser', 'cli'])),
    check('user_devices_name_length', sql`char_length(${t.name}) between 1 and 80`),
  ],
);

export type UserDeviceRow = typeof userDevices.$inferSelect;
