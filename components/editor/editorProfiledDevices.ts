// Which profiled devices (#12) the editor's prediction table shows: those the link names (`device=`),
// then the newest on this server up to MAX_LISTED_DEVICES. Not all of them: a public server may hold
// hundreds, and every row is a profile to fetch and a line of a table that has to fit beside the
// stages; a link keeps any device in view however many are newer.
export const MAX_LISTED_DEVICES = 3;

/** `listed`: the server's profiled device ids, newest first. */
export function editorProfiledDevices(linked: readonly string[], listed: readonly string[], max = MAX_LISTED_DEVICES): string[] {
  const out = [...new Set(linked)];
  for (const id of listed.slice(0, max)) if (!out.includes(id)) out.push(id);
  return out;
}
