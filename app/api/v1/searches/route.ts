import { handleRest } from '@/server/rest/handleRest';
import { searchesRoute } from '@/server/rest/searchRoutes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(searchesRoute, req);
