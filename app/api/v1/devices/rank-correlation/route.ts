import { handleRest } from '@/server/rest/handleRest';
import { rankCorrelationRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(rankCorrelationRoute, req);
