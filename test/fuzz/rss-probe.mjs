// Preloaded into a CLI child process (`node --import ./rss-probe.mjs dist/cli.js …`): writes the
// process's own peak RSS in KiB to $TINYGATE_RSS_FILE when it exits, however it exits normally.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env['TINYGATE_RSS_FILE'];
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
