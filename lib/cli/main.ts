/**
 * `case-note-coach <command> …` (built to dist/cli.js; `npm run --silent cli -- …` in a checkout):
 * command-line tools built on the pure core. Each command lives in its own
 * file and exports `run(args): Promise<number>` (the exit code). Their one-line
 * summaries live here so `cli --help` loads no command (inspect brings in jsdom).
 */
import { tuneV8, useCompileCache } from './warm-start';

useCompileCache();
tuneV8();

type Command = { run(args: string[]): Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  audit: () => import('./audit'),
  inspect: () => import('./inspect'),
};

const SUMMARIES: Record<string, string> = {
  audit: 'check a CSV or JSON Lines export of case notes against a policy pack',
  inspect: 'show what Case Note Coach reads from a saved page',
};

const usage = () =>
  `usage: cli <command> [options]   (cli <command> --help for a command's options)

commands:
${Object.keys(commands)
  .map((n) => `  ${n.padEnd(8)} ${SUMMARIES[n] ?? ''}`)
  .join('\n')}
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`cli: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await load()).run(args);
}

process.exitCode = await main(process.argv.slice(2));
