// The REST API (v1): the same procedures as the tRPC routers, described once for the handlers and
// the OpenAPI document.
import 'server-only';
import { z } from 'zod';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { CODE_PATTERN } from '@/core/space/architectureCode';
import { getDb } from '../db/getDb';
import {
  architectureDetailSchema,
  architectureListSchema,
  datasetStatsSchema,
  deviceListSchema,
  measuredParetoSchema,
  predictResponseSchema,
  proxyFidelitySchema,
  rankCorrelationSchema,
} from '../api/schemas';
import { architectureByCode } from '../services/architectureByCode';
import { datasetStats } from '../services/datasetStats';
import { deviceRankCorrelation } from '../services/deviceRankCorrelation';
import { listArchitecturesFromSnapshot } from '../services/listArchitecturesFromSnapshot';
import { listDevices } from '../services/listDevices';
import { listUserDevices } from '../services/deviceProfiles';
import { measuredParetoFront } from '../services/measuredParetoFront';
import { proxyFidelity } from '../services/proxyFidelity';
import { MAX_REST_PREDICT, predictArchitectures, tooManyCodes } from '../services/predictArchitectures';
import { architectureRestQuery, architectureRestToInput } from './architectureRestQuery';
import { defineRoute } from './restRoute';
import { createDeviceRoute, deleteDeviceRoute, deviceProfileRoute } from './deviceRoutes';
import { SEARCH_REST_ROUTES, SEARCH_WRITE_ROUTES } from './searchRoutes';

const none = z.object({});
const db = async () => (await getDb()).db;

export const architecturesRoute = defineRoute({
  path: '/api/v1/architectures',
  operationId: 'listArchitectures',
  summary: 'List measured records with gene filters, metric ranges, sorting and cursor pagination',
  tag: 'dataset',
  params: none,
  query: architectureRestQuery,
  response: architectureListSchema,
  run: async (_p, q) => listArchitecturesFromSnapshot(await db(), architectureRestToInput(q as Record<string, string | undefined>)),
});

export const architectureRoute = defineRoute({
  path: '/api/v1/architectures/{code}',
  operationId: 'getArchitecture',
  summary: 'One architecture by code, with every measured record of it',
  description:
    'Architectures trained more than once return all their records and the absolute difference between them (the training noise).',
  tag: 'dataset',
  params: z.object({
    code: z.string().max(64).describe(`Architecture code, pattern ${CODE_PATTERN}, e.g. 1311-6321-6521-6331-6531-6541-6311`),
  }),
  query: none,
  response: architectureDetailSchema,
  run: async (p) => architectureByCode(await db(), p.code),
});

export const statsRoute = defineRoute({
  path: '/api/v1/stats',
  operationId: 'getStats',
  summary: 'Dataset counts, per-metric ranges and missing values, repeated trainings, MACs/params check',
  tag: 'dataset',
  params: none,
  query: none,
  response: datasetStatsSchema,
  run: async () => datasetStats(await db()),
});

export const devicesRoute = defineRoute({
  path: '/api/v1/devices',
  operationId: 'listDevices',
  summary: 'The six ANB accelerators (metrics, units, protocol, source, what the dataset holds) and the devices users profiled',
  tag: 'devices',
  params: none,
  query: none,
  response: deviceListSchema,
  run: async () => {
    const d = await db();
    return { ...(await listDevices(d)), profiles: await listUserDevices(d) };
  },
});

export const rankCorrelationRoute = defineRoute({
  path: '/api/v1/devices/rank-correlation',
  operationId: 'getDeviceRankCorrelation',
  summary: 'Spearman and Kendall τ-b between top-1 and the eight hardware metrics',
  tag: 'devices',
  params: none,
  query: none,
  response: rankCorrelationSchema,
  run: async () => deviceRankCorrelation(await db()),
});

export const paretoRoute = defineRoute({
  path: '/api/v1/pareto',
  operationId: 'getMeasuredParetoFront',
  summary: 'Measured Pareto front of accuracy against one device metric',
  tag: 'pareto',
  params: none,
  query: z.object({
    metric: z.enum(DEVICE_METRIC_NAMES).describe('Device metric (throughput: higher is better; latency: lower is better)'),
    accuracy: z.enum(['val_top1', 'val_top5']).optional().describe('Accuracy target, default val_top1'),
  }),
  response: measuredParetoSchema,
  run: async (_p, q) => measuredParetoFront(await db(), { metric: q.metric, accuracy: q.accuracy ?? 'val_top1' }),
});

export const proxyFidelityRoute = defineRoute({
  path: '/api/v1/proxy-fidelity',
  operationId: 'getProxyFidelity',
  summary:
    'Reference recipe vs searched proxy: Kendall τ and Spearman per seed and pooled, seed-to-seed noise, cost ratio, per-architecture pairs',
  tag: 'proxy',
  params: none,
  query: none,
  response: proxyFidelitySchema,
  run: async () => proxyFidelity(await db()),
});

export const predictRoute = defineRoute({
  path: '/api/v1/predict',
  operationId: 'predict',
  summary: 'Surrogate predictions (mean, std, unit) of all 11 targets for one or more architectures',
  description: `Repeat arch for several architectures (at most ${MAX_REST_PREDICT}). Any of the ~10^11 architectures can be predicted, measured or not.`,
  tag: 'surrogates',
  params: none,
  query: z.object({
    // A failed union reports only "Invalid input" (zod 4 puts the array branch's own issue in a nested
    // list that formatZodError does not read), so the union's error names the limit or the missing code.
    arch: z
      .union([z.string(), z.array(z.string()).max(MAX_REST_PREDICT)], {
        error: (iss) =>
          Array.isArray(iss.input) && iss.input.length > MAX_REST_PREDICT
            ? tooManyCodes(iss.input.length, MAX_REST_PREDICT, 'request')
            : iss.input === undefined
              ? 'missing; give an architecture code, e.g. arch=1311-6321-6521-6331-6531-6541-6311, repeated for several'
              : undefined,
      })
      .describe('Architecture code, e.g. 1311-6321-6521-6331-6531-6541-6311; repeatable'),
  }),
  response: predictResponseSchema,
  run: async (_p, q) => predictArchitectures(await db(), Array.isArray(q.arch) ? q.arch : [q.arch]),
});

export const REST_ROUTES = [
  architecturesRoute,
  architectureRoute,
  statsRoute,
  devicesRoute,
  rankCorrelationRoute,
  paretoRoute,
  proxyFidelityRoute,
  predictRoute,
  deviceProfileRoute,
  ...SEARCH_REST_ROUTES,
];
export const WRITE_ROUTES = [...SEARCH_WRITE_ROUTES, createDeviceRoute];
export const DELETE_ROUTES = [deleteDeviceRoute];
