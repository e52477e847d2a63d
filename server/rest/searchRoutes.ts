// REST routes over the stored proxy searches: the same services as the `searches` tRPC router.
import 'server-only';
import { z } from 'zod';
import { OPTIMIZER_IDS } from '@/core/search/optimizers';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { getDb } from '../db/getDb';
import { listSearches, MAX_SEARCHES_LIST, searchById } from '../services/searches';
import { defineRoute } from './restRoute';

const db = async () => (await getDb()).db;

const searchSummarySchema = z.object({
  id: z.int(),
  optimizer: z.string(),
  metric: z.string(),
  accuracy: z.string(),
  seed: z.int(),
  budget: z.int(),
  surrogateVersion: z.string(),
  datasetVersion: z.string(),
  createdAt: z.string(),
  hypervolume: z.number(),
  bestCode: z.string(),
  bestAccuracy: z.number(),
  bestHardware: z.number(),
  bestReward: z.number(),
});
export const searchListSchema = z.object({ searches: z.array(searchSummarySchema) });
export const searchDetailSchema = searchSummarySchema.extend({
  settings: z.record(z.string(), z.unknown()),
  front: z.array(z.object({ evaluation: z.int(), code: z.string(), accuracy: z.number(), hardware: z.number() })),
});

export const searchesRoute = defineRoute({
  path: '/api/v1/searches',
  operationId: 'listSearches',
  summary: 'Stored proxy searches (optimizer × device metric × seed against the surrogate) with hypervolume and best architecture',
  tag: 'searches',
  params: z.object({}),
  query: z.object({
    metric: z.enum(DEVICE_METRIC_NAMES).optional().describe('Only searches on this device metric'),
    optimizer: z.enum(OPTIMIZER_IDS).optional().describe('Only searches by this optimizer'),
    limit: z.coerce.number().int().min(1).max(MAX_SEARCHES_LIST).default(100).describe(`At most this many (1–${MAX_SEARCHES_LIST})`),
  }),
  response: searchListSchema,
  run: async (_p, q) => listSearches(await db(), q),
});

export const searchRoute = defineRoute({
  path: '/api/v1/searches/{id}',
  operationId: 'getSearch',
  summary: 'One stored proxy search with its settings and final Pareto front',
  tag: 'searches',
  params: z.object({ id: z.coerce.number().int().min(1).max(2 ** 31 - 1).describe('Search id, from GET /api/v1/searches') }),
  query: z.object({}),
  response: searchDetailSchema,
  run: async (p) => searchById(await db(), p.id),
});

export const SEARCH_REST_ROUTES = [searchesRoute, searchRoute];
