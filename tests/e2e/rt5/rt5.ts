/** The live Request Tracker 5 that the end-to-end tests read (see rt5.sh beside this file). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const SCRIPT = path.join(import.meta.dirname, 'rt5.sh');
const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';

export interface Rt5Server {
  baseUrl: string;
  port: number;
  startedHere: boolean;
}

export interface SeededTicket {
  id: number;
  url: string;
  customer: { name: string; email: string };
  agent: string;
  subject: string;
}

async function answering(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/NoAuth/Login.html`, { signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startRt5(port = Number(process.env.TACTFUL_RT5_PORT ?? 8089)): Promise<Rt5Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await answering(baseUrl)) return { baseUrl, port, startedHere: false };
  const { existsSync } = await import('node:fs');
  if (!existsSync(RT_SERVER)) {
    throw new Error(
      'Request Tracker 5 is not installed, and the live-helpdesk tests need it. Install it with ' +
        '`sudo bash tests/e2e/rt5/rt5.sh install` (Debian packages request-tracker5, rt5-db-sqlite, rt5-standalone).',
    );
  }
  execFileSync('bash', [SCRIPT, 'start', String(port)], { stdio: ['ignore', 'inherit', 'inherit'] });
  return { baseUrl, port, startedHere: true };
}

/** A fresh ticket: the customer's e-mail, the agent's reply and an internal comment. */
export function seedTicket(server: Rt5Server): SeededTicket {
  const out = execFileSync('bash', [SCRIPT, 'seed', String(server.port)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop() ?? '') as SeededTicket;
}

/** A field of an RT REST 1.0 form: continuation lines are indented by the field name's width. */
export function restField(form: string, name: string): string {
  const lines = form.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${name}: `));
  if (start < 0) return '';
  const indent = ' '.repeat(name.length + 2);
  const value = [lines[start]!.slice(indent.length)];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(indent) && line !== '') break;
    value.push(line.slice(indent.length));
  }
  return value.join('\n').trim();
}

/** The text of the ticket's last correspondence, as RT's REST API gives it. */
export async function lastCorrespondence(server: Rt5Server, ticketId: number): Promise<string> {
  const history = await fetch(`${server.baseUrl}/REST/1.0/ticket/${ticketId}/history?format=l&user=root&pass=password`).then((r) => r.text());
  const correspondences = history.split(/\n--\n/).filter((entry) => /^Type: Correspond$/m.test(entry));
  return restField(correspondences.at(-1) ?? '', 'Content');
}
