import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { COMMAND_FILES, commandFilesFor } from './command-files.js';

describe('the CLI loads only the command file it needs', () => {
  it('lists, for each command file, exactly the top-level commands it registers', async () => {
    const seen = new Set<string>();
    for (const file of COMMAND_FILES) {
      const program = new Command();
      (await file.load())(program);
      assert.deepEqual(
        program.commands.map((command) => command.name()),
        [...file.names],
      );
      for (const name of file.names) {
        assert.ok(!seen.has(name), `${name} is listed twice`);
        seen.add(name);
      }
    }
  });

  it('picks the file of the first word, and every file for help, version or an unknown word', () => {
    assert.deepEqual(
      commandFilesFor(['calendar', 'days-off', '--year', '2025']).flatMap((file) => file.names),
      ['calendar'],
    );
    assert.deepEqual(
      commandFilesFor(['migrate']).flatMap((file) => file.names),
      ['start', 'migrate', 'demo'],
    );
    for (const argv of [[], ['--help'], ['help', 'calendar'], ['--version'], ['calender']]) {
      assert.equal(commandFilesFor(argv).length, COMMAND_FILES.length, argv.join(' '));
    }
  });
});
