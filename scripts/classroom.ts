// The live-class server on the trainer's laptop: the built site plus the session API.
//   npm run classroom [-- --port 4400] [--host] [--new] [--dist dist] [--journal classroom-data/live.jsonl]
// Binds 127.0.0.1 unless --host is given (then every network interface: phones on the Wi-Fi can
// join). Nothing is sent anywhere else. A restart resumes the session in the journal; --new starts
// a fresh one (the old journal is kept beside it).
import { serve } from '@hono/node-server';
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { createClassroom, qrTerminal } from '../src/server/classroom.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4400' },
    host: { type: 'boolean', default: false },
    new: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    journal: { type: 'string', default: 'classroom-data/live.jsonl' },
    course: { type: 'string', default: 'customer-org' },
    quiet: { type: 'boolean', default: false },
  },
});

const dist = resolve(values.dist);
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const lan = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
const bind = values.host ? '0.0.0.0' : '127.0.0.1';
const port = Number(values.port);
const publicHost = values.host && lan ? lan : '127.0.0.1';

const room = createClassroom({ dist, journal: resolve(values.journal), fresh: values.new, course: values.course, publicUrl: `http://${publicHost}:${port}` });
const server = serve({ fetch: room.app.fetch, port, hostname: bind }, (info) => {
  const firstLesson = (() => {
    try {
      return (parseYaml(readFileSync(`content/courses/${values.course}/course.yaml`, 'utf8')) as { lessons: string[] }).lessons[0];
    } catch {
      return undefined;
    }
  })();
  const local = `http://127.0.0.1:${info.port}`;
  const lines = [
    '',
    `Live class ${room.header.id}${room.resumed ? ` (resumed: ${Object.keys(room.state.seats).length} joined, ${room.skipped} unreadable journal lines skipped)` : ''}`,
    values.host
      ? `Listening on every network interface: phones on this network join at ${room.joinUrl()}`
      : `Listening on 127.0.0.1 only (this computer). Add --host to let phones on the local network join.`,
    `Join code: ${room.header.code}`,
    `Trainer (keep this to yourself): ${local}/${values.course}/${firstLesson ?? ''}${firstLesson ? '/present/' : ''}#trainer=${room.header.key}`,
    `  or open any lesson's presentation here and add #trainer=${room.header.key} to its address.`,
    `Journal: ${resolve(values.journal)}`,
  ];
  if (!values.quiet) console.log([...lines, '', qrTerminal(room.joinUrl()), ''].join('\n'));
  else console.log(`ready ${info.port}`);
});

const stop = () => {
  room.dropAll();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
