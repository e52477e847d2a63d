// Records per page of the dataset table. Its own module, not an export of the client DataExplorer: a
// server page importing a value from a 'use client' file gets a client reference instead of the number,
// so /data's server render sent `limit: <reference>`, the list call failed, and the table was never in
// the HTML (a skeleton, then a fetch and the whole table drawn after hydration: CLS 0.88 and long tasks).
export const DATA_PAGE_SIZE = 100;
