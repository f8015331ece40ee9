import { EXIT, type CliIo, type Command } from './cli-io.js';
import { episodeCommand } from './episode-command.js';
import { renderCommand } from './render-command.js';

/** Every subcommand of `transcript-player`, by name. */
const COMMANDS: Record<string, Command> = {
  episode: episodeCommand,
  render: renderCommand,
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const list = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: transcript-player <command> [options]',
    '',
    'Commands:',
    ...list,
    '',
    'transcript-player <command> --help shows its options.',
    '',
  ].join('\n');
}

/** Runs `transcript-player <command> …`; resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`transcript-player: unknown command "${name}"\n\n${help()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  return command.run(rest, io);
}
