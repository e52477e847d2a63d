// How the REST API reports a ServiceError: an HTTP status and the stable code of its JSON error body
// (`{ error: { code, message, details } }`). The wire codes predate the service codes and stay as
// they are: a rate limit is `rate_limited`, a missing dataset or model a 503 `internal`.
import type { ServiceError, ServiceErrorCode } from '../services/serviceError';

export type ApiErrorCode = 'bad_request' | 'forbidden' | 'not_found' | 'payload_too_large' | 'rate_limited' | 'internal';

export interface ApiError {
  status: number;
  code: ApiErrorCode;
}

const API_ERRORS: Record<ServiceErrorCode, ApiError> = {
  bad_request: { status: 400, code: 'bad_request' },
  forbidden: { status: 403, code: 'forbidden' },
  not_found: { status: 404, code: 'not_found' },
  payload_too_large: { status: 413, code: 'payload_too_large' },
  too_many_requests: { status: 429, code: 'rate_limited' },
  unavailable: { status: 503, code: 'internal' },
};

export function apiError(e: ServiceError): ApiError {
  return API_ERRORS[e.code];
}
