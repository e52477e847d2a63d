// The OpenAPI document of the REST API, generated from the routes' zod schemas.
import { openApiDocument } from '@/server/rest/openApiDocument';
import { REST_ROUTES } from '@/server/rest/routes';
import { WRITE_ROUTES } from '@/server/rest/searchRoutes';

export const dynamic = 'force-static';
export const GET = () => Response.json(openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES));
