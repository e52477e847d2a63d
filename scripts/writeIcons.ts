// npx tsx scripts/writeIcons.ts: writes app/icon.svg and app/favicon.ico from scripts/icons/iconShapes.ts. The files are
// committed; scripts/icons/iconFiles.test.ts fails when they differ from what this would write.
import { writeFileSync } from 'node:fs';
import { iconFiles } from './icons/iconFiles';

for (const [path, content] of Object.entries(iconFiles())) {
  writeFileSync(path, content);
  console.log(`wrote ${path} (${content.length} bytes)`);
}
