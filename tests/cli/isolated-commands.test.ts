// `analyze` and `rewrite` as the installed program runs them: each input read, analyzed (and
// revised) on a worker thread under memory and time limits, nothing on the main thread, with
// the output the in-process commands give.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_HTML, EXAMPLE_TXT, runCli } from './cli-harness.js';

const NEEDS_PARTS_OF_SPEECH = 'Peer Support Specialist\n\nMy neighbor Maria suffers from depression. The mentally ill deserve respect.\n';

describe('commands on a worker thread', () => {
  it('`rewrite` prints the revision and the leftovers the in-process command prints', async () => {
    for (const file of [EXAMPLE_TXT, EXAMPLE_HTML]) {
      const isolated = await runCli(['rewrite', file], { workerOnly: true });
      const here = await runCli(['rewrite', file]);
      expect(isolated.code).toBe(0);
      expect(isolated.stdout).toBe(here.stdout);
      expect(isolated.stderr).toBe(here.stderr);
    }
  });

  it('`rewrite` of standard input, with the checks that need parts of speech', async () => {
    const isolated = await runCli(['rewrite', '-'], { workerOnly: true, stdin: NEEDS_PARTS_OF_SPEECH });
    const here = await runCli(['rewrite', '-'], { stdin: NEEDS_PARTS_OF_SPEECH });
    expect(isolated.stdout).toBe(here.stdout);
    expect(isolated.stdout).toContain('lives with depression');
  });

  it('`rewrite` of an unreadable input: one line naming it, exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['rewrite', '/no/such/posting.txt'], { workerOnly: true });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/no/such/posting.txt');
  });

  it('`analyze` gives the reports the in-process command gives', async () => {
    const isolated = await runCli(['analyze', '--format', 'json', EXAMPLE_TXT, EXAMPLE_HTML], { workerOnly: true });
    const here = await runCli(['analyze', '--format', 'json', EXAMPLE_TXT, EXAMPLE_HTML]);
    expect(isolated.code).toBe(here.code);
    expect(isolated.stdout).toBe(here.stdout);
  });

  it('`analyze --format json` of one input prints the bytes the worker made, as the in-process command prints them', async () => {
    const isolated = await runCli(['analyze', '--format', 'json', '--fail-under', '100', EXAMPLE_TXT], { workerOnly: true });
    const here = await runCli(['analyze', '--format', 'json', '--fail-under', '100', EXAMPLE_TXT]);
    expect(isolated.code).toBe(1);
    expect(isolated.code).toBe(here.code);
    expect(isolated.stdout).toBe(here.stdout);
    expect(isolated.stderr).toBe(here.stderr);
  });
});
