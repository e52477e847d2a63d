// The OpenAPI document of the REST API, generated from the routes' zod schemas.
import { openApiDocument } from '@/server/rest/openApiDocument';
import { DELETE_ROUTES, REST_ROUTES, WRITE_ROUTES } from '@/server/rest/routes';

export const dynamic = 'force-static';
export const GET = () => Response.json(openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES, DELETE_ROUTES));
