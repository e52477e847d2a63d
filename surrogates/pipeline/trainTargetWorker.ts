// worker_threads entry (started by runTrainingJobs): trains one target per message so the 11
// targets spread over the cores. Only ever loaded as a worker, never imported.
import { parentPort } from 'node:worker_threads';
import { runTrainTargetRequest, type TrainTargetRequest } from './runTrainTargetRequest';

if (!parentPort) throw new Error('trainTargetWorker.ts is a worker_threads entry; start it with new Worker().');
const port = parentPort;
port.on('message', (request: TrainTargetRequest) => port.postMessage(runTrainTargetRequest(request)));
