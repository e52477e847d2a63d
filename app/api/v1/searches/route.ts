import { handleRest, handleWrite } from '@/server/rest/handleRest';
import { createSearchRoute, searchesRoute } from '@/server/rest/searchRoutes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(searchesRoute, req);
export const POST = (req: Request) => handleWrite(createSearchRoute, req);
