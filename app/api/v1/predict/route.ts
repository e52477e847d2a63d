import { handleRest } from '@/server/rest/handleRest';
import { predictRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(predictRoute, req);
