// The one rule for names people give things the server stores (search runs, device profiles): 1–80
// characters after trimming and NFC normalisation, no control, format (bidirectional overrides,
// zero-width) or unassigned characters. Stored as given otherwise; every place that shows a name escapes
// it (React text, JSON).
import { z } from 'zod';

export const MAX_NAME_LENGTH = 80;

/** `what` names the thing in the messages: "the run", "the device". */
export const displayNameSchema = (what: string) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, `name is empty; give ${what} a name of 1–${MAX_NAME_LENGTH} characters`)
        .max(MAX_NAME_LENGTH, `name is longer than ${MAX_NAME_LENGTH} characters; shorten it`)
        .refine(
          (s) => !/\p{C}/u.test(s),
          'name contains control or invisible formatting characters (such as line breaks, tabs or bidirectional overrides); use visible characters and spaces only',
        ),
    );
