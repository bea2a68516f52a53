/**
 * `npm run demo`: starts the demo systems and opens Chromium with the built
 * extension on the demo Toolbox page. With `--headless` (or with no display)
 * it visits each demo page, saves screenshots and prints their paths.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer, DEFAULT_PORT } from './server';
import { launchWithExtension } from '../e2e/fixtures';

const wantsHeadless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const server = await startDemoServer({ port: Number(process.env.PORT ?? DEFAULT_PORT) }).catch(() => startDemoServer());
const profile = mkdtempSync(join(tmpdir(), 'cnc-demo-'));
const context = await launchWithExtension(profile, wantsHeadless);
const page = context.pages()[0] ?? (await context.newPage());

if (!wantsHeadless) {
  await page.goto(`${server.url}/toolbox/`);
  console.log(`Demo running at ${server.url}/ with Case Note Coach loaded. Close the browser window to stop.`);
  context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  if (!process.argv.includes('--headless')) console.log('No display found: taking screenshots instead (pass --headless to do this on purpose).');
  const outDir = fileURLToPath(new URL('../.screenshots/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const shots: [string, string][] = [
    ['toolbox-caseload', '/toolbox/'],
    ['toolbox-participant', '/toolbox/participant?id=100234'],
    ['toolbox-new-note', '/toolbox/casenote/new?id=100234'],
    ['wf1-caseload', '/wf1/Caseload.aspx'],
    ['wf1-summary', '/wf1/Participant/Summary.aspx?pid=MN-448120'],
    ['wf1-progress-notes', '/wf1/Participant/ProgressNotes.aspx?pid=MN-448120'],
  ];
  for (const [name, path] of shots) {
    await page.goto(server.url + path);
    if (name === 'wf1-progress-notes') {
      await page.click('#ctl00_ContentPlaceHolder1_lnkAddNote');
      await page.waitForSelector('#ctl00_ContentPlaceHolder1_txtNote');
    }
    await page.waitForTimeout(600);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
  await server.close();
}
