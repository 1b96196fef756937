/**
 * The `tactful` command: the same library code the extension runs, from Node (and from headless
 * Chromium where a page must be read). `npm run tactful -- <command> [args]`.
 */

import { installEnglish } from './messages';

// Node has no browser.i18n: the words lib/ prints come from the English catalogue.
installEnglish();

interface Command {
  summary: string;
  load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  read: {
    summary: 'read <file.html|url> [--adapter <id>] [--path <route>]  print the ConversationSnapshot Tactful reads from a page',
    load: () => import('./read'),
  },
  analyze: {
    summary: 'analyze  < messages.jsonl  one analysis line per {"id","text"} customer message',
    load: () => import('./analyze'),
  },
  draft: {
    summary:
      'draft [--agent <name>] [--company <name>] < conversations.jsonl  the insight, drafted reply and top suggestions per {"id","messages"} line' +
      ' (--dev-sample [--fresh]: a fixed development sample; --now: when the timescale counts from)',
    load: () => import('./draft'),
  },
  guard: {
    summary: 'guard  < drafts.jsonl  the draft guard\'s findings and checklist per {"id","text"} draft',
    load: () => import('./guard'),
  },
  times: {
    summary: 'times  < lines.jsonl  the time expressions in each {"id","text","reference"} line, resolved at its reference',
    load: () => import('./times'),
  },
  eval: {
    summary: 'eval [--data <dir>] [--json]  measure the analysis and guard on labelled data',
    load: () => import('./eval'),
  },
  pack: {
    summary: 'pack validate|diff|keygen|sign|verify …  check, compare and sign phrase packs (pack --help)',
    load: () => import('./pack'),
  },
  bench: {
    summary: 'bench [--json] [--suite NAME]  speed and size figures',
    load: () => import('./bench'),
  },
  size: {
    summary: 'size [--check]  the content script\'s gzip size against its 20 KB budget',
    load: () => import('./size'),
  },
};

function usage(): string {
  return ['usage: npm run tactful -- <command> [args]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`tactful: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`tactful: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
