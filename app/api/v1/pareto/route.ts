import { handleRest } from '@/server/rest/handleRest';
import { paretoRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(paretoRoute, req);
