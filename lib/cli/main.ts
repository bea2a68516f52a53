/**
 * `npm run --silent cli -- <command> …` — command-line tools built on the pure core.
 * Each command lives in its own file and exports `run(args): Promise<number>` (the exit code).
 */
export type Command = { run(args: string[]): Promise<number>; summary: string };

const commands: Record<string, () => Promise<Command>> = {
  audit: () => import('./audit'),
  inspect: () => import('./inspect'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(
      Object.entries(commands).map(async ([n, l]) => `  ${n.padEnd(8)} ${(await l()).summary}`),
    );
    process.stderr.write(`usage: cli <command> [options]\n\ncommands:\n${lines.join('\n')}\n`);
    return name ? 2 : 0;
  }
  return (await load()).run(args);
}

process.exitCode = await main(process.argv.slice(2));
