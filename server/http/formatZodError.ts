// One readable sentence per zod issue: the field, what was found and what is allowed.
import type { ZodError } from 'zod';

export function formatZodError(error: ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length > 0 ? i.path.join('.') : 'input';
      return `${where}: ${i.message}`;
    })
    .join('; ');
}
