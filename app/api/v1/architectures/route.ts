import { handleRest } from '@/server/rest/handleRest';
import { architecturesRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(architecturesRoute, req);
