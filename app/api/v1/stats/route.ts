import { handleRest } from '@/server/rest/handleRest';
import { statsRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(statsRoute, req);
