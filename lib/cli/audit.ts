// Placeholder until the audit command lands; replaced by its issue's work.
export const summary = '(not available yet)';
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('audit: not available yet\n');
  return 2;
}
