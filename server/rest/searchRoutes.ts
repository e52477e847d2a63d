// REST routes over the stored proxy searches: the same services as the `searches` tRPC router.
import 'server-only';
import { z } from 'zod';
import { OPTIMIZER_IDS } from '@/core/search/optimizers';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { getDb } from '../db/getDb';
import { searchWriteLimiter, SEARCH_WRITE_LIMITS } from '../http/rateLimit';
import { MAX_BODY_BYTES } from '../http/bodyLimit';
import { listSearches, MAX_SEARCHES_LIST, searchById } from '../services/searches';
import { createSearch, MAX_CREATE_BUDGET, searchCreateInput } from '../services/searchesCreate';
import { defineRoute, defineWriteRoute } from './restRoute';

const db = async () => (await getDb()).db;

const searchSummarySchema = z.object({
  id: z.int(),
  name: z.string().describe("Name given when stored through POST /api/v1/searches; '' for runs stored by npm run searches:store"),
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
  params: z.object({
    id: z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1)
      .describe('Search id, from GET /api/v1/searches'),
  }),
  query: z.object({}),
  response: searchDetailSchema,
  run: async (p) => searchById(await db(), p.id),
});

export const createSearchRoute = defineWriteRoute({
  path: '/api/v1/searches',
  operationId: 'createSearch',
  summary: 'Run a search on the server against its surrogate and store it under a name',
  description:
    `The server runs the optimizer itself (budget at most ${MAX_CREATE_BUDGET} evaluations) and stores what it computed; ` +
    'the same request under the same name returns the stored run (200) instead of running again (201). ' +
    `Body at most ${MAX_BODY_BYTES} bytes (413 beyond). Rate limit per client address: ${SEARCH_WRITE_LIMITS.perClient.capacity} at once, ` +
    `${SEARCH_WRITE_LIMITS.perClient.perSecond * 60} per minute; all clients together ${SEARCH_WRITE_LIMITS.global.perSecond * 60} per minute (429 with Retry-After).`,
  tag: 'searches',
  body: searchCreateInput,
  response: searchDetailSchema,
  run: async (body, client) => {
    searchWriteLimiter().check(client);
    const r = await createSearch(await db(), body);
    return { created: r.created, body: r.search };
  },
});

export const SEARCH_REST_ROUTES = [searchesRoute, searchRoute];
export const SEARCH_WRITE_ROUTES = [createSearchRoute];
