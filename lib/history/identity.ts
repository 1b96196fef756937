import { conversationKey, customerKey, originOf } from '../conversation/identity';
import type { ConversationSnapshot } from '../conversation/types';
import type { CustomerRecord, TactfulDatabase } from '../db';

/**
 * Who is who across helpdesks (docs/principles.md §5: track by customer, not by channel).
 *
 * A customer is known by keys: the e-mail address (shared by every helpdesk), each helpdesk's own
 * id for them (scoped to that helpdesk's origin) and the names they were shown under (scoped the
 * same way). A record carries every key that ever led to it, so any one finds it. Keys are only
 * joined when nothing contradicts them: two different addresses, or two different ids on the same
 * helpdesk, are two people; a name shared by several customers decides nothing.
 */

export interface SnapshotKeys {
  email?: string;
  helpdeskId?: string;
  name?: string;
  /** `helpdesk@origin`: the scope of the id and name keys. */
  scope: string;
  /** The strongest key: the id a new customer gets (`customerKey`). */
  strongest?: string;
}

export function snapshotKeys(snapshot: ConversationSnapshot): SnapshotKeys {
  const scope = `${snapshot.helpdesk}@${originOf(snapshot.url)}`;
  const email = snapshot.customer.email?.trim().toLowerCase();
  const id = snapshot.customer.id?.trim();
  const name = snapshot.customer.name?.trim().replace(/\s+/g, ' ').toLowerCase();
  return {
    scope,
    email: email ? `email:${email}` : undefined,
    helpdeskId: id ? `id:${scope}:${id}` : undefined,
    name: name ? `name:${scope}:${name}` : undefined,
    strongest: customerKey(snapshot),
  };
}

/** How strong a key is: an e-mail beats a helpdesk id beats a name beats anything else. */
export function keyRank(key: string): number {
  if (key.startsWith('email:')) return 3;
  if (key.startsWith('id:')) return 2;
  if (key.startsWith('name:')) return 1;
  return 0;
}

/**
 * One contact per conversation. Most helpdesks give a conversation id; without one the URL's path
 * is the conversation, and for single-page tools that route by the hash (`/#/case/123`,
 * `#ticket/zoom/3`) the hash route is part of it, so two cases on one page are two contacts. A
 * plain anchor (`#comment-5`, no slash) is a place in the page, not a conversation.
 */
export function contactKey(snapshot: ConversationSnapshot): string {
  const base = conversationKey(snapshot);
  if (snapshot.conversationId) return base;
  const route = hashRoute(snapshot.url);
  return route ? `${base}#${route}` : base;
}

function hashRoute(url: string): string | undefined {
  let hash: string;
  try {
    hash = new URL(url).hash;
  } catch {
    return undefined;
  }
  let route = hash.replace(/^#!?/, '');
  const query = route.indexOf('?');
  if (query >= 0) route = route.slice(0, query);
  route = route.replace(/\/+$/, '');
  return route.includes('/') ? route : undefined;
}

function idKeysIn(customer: CustomerRecord, scope: string): string[] {
  const prefix = `id:${scope}:`;
  return customer.keys.filter((k) => k.startsWith(prefix));
}

/** Could this customer be the person the page shows? */
export function fitsSnapshot(customer: CustomerRecord, keys: SnapshotKeys): boolean {
  if (keys.email && customer.email && `email:${customer.email}` !== keys.email) return false;
  if (keys.helpdeskId) {
    const ids = idKeysIn(customer, keys.scope);
    if (ids.length > 0 && !ids.includes(keys.helpdeskId)) return false;
  }
  return true;
}

/** Did the agent say these two are different people? */
export function keptApart(a: CustomerRecord, b: CustomerRecord): boolean {
  const apartA = a.apart ?? [];
  const apartB = b.apart ?? [];
  return apartA.some((k) => b.keys.includes(k)) || apartB.some((k) => a.keys.includes(k));
}

/** Could these two records be one person? */
export function canJoin(a: CustomerRecord, b: CustomerRecord): boolean {
  if (keptApart(a, b)) return false;
  if (a.email && b.email && a.email !== b.email) return false;
  const scopes = new Set([...a.keys, ...b.keys].filter((k) => k.startsWith('id:')).map((k) => k.slice(0, k.lastIndexOf(':'))));
  for (const scope of scopes) {
    const idsA = a.keys.filter((k) => k.startsWith(`${scope}:`));
    const idsB = b.keys.filter((k) => k.startsWith(`${scope}:`));
    if (idsA.length && idsB.length && !idsA.some((k) => idsB.includes(k))) return false;
  }
  return true;
}

export interface Resolution {
  /** The record this snapshot belongs to, if one exists. */
  primary?: CustomerRecord;
  /** Other records that are the same person and are merged into it. */
  absorb: CustomerRecord[];
  /** Every record the snapshot's keys led to (some may be kept apart from the primary). */
  seen: CustomerRecord[];
}

/** Which stored customers the snapshot's keys lead to. Reads only (run inside the caller's transaction). */
export async function resolveSnapshot(db: TactfulDatabase, keys: SnapshotKeys): Promise<Resolution> {
  const all = [keys.email, keys.helpdeskId, keys.name].filter((k): k is string => !!k);
  if (all.length === 0) return { absorb: [], seen: [] };
  // The usual case, a customer seen before: one read by primary key. A record named by the
  // strongest key that already carries every key the page shows has been through the full
  // resolution below (recording adds the keys); any other record with one of those keys was kept
  // apart from it, or was left by a name shared by several people (which decides nothing).
  if (keys.strongest) {
    const known = await db.customers.get(keys.strongest);
    if (known && all.every((k) => known.keys.includes(k)) && fitsSnapshot(known, keys)) return { primary: known, absorb: [], seen: [known] };
  }
  const found = new Map<string, CustomerRecord>();
  // One index read per key (getAll on an exact key), in parallel: faster than one anyOf cursor.
  for (const list of await Promise.all(all.map((k) => db.customers.where('keys').equals(k).toArray()))) for (const c of list) found.set(c.id, c);
  const candidates = [...found.values()].filter((c) => fitsSnapshot(c, keys));
  const having = (key: string | undefined) => (key ? candidates.filter((c) => c.keys.includes(key)) : []);
  const newestFirst = (list: CustomerRecord[]) => [...list].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0));

  const byEmail = having(keys.email);
  const byId = newestFirst(having(keys.helpdeskId));
  const byName = having(keys.name);
  let primary = byEmail[0] ?? byId[0];
  if (!primary && byName.length > 0) {
    // A name alone decides only when one customer has it (or one was recorded under just that name).
    primary = byName.length === 1 ? byName[0] : byName.find((c) => c.id === keys.name);
  }
  if (!primary) return { absorb: [], seen: [...found.values()] };

  const absorb: CustomerRecord[] = [];
  let joined = primary;
  for (const other of candidates) {
    if (other.id === primary.id) continue;
    const strongMatch = (keys.email && other.keys.includes(keys.email)) || (keys.helpdeskId && other.keys.includes(keys.helpdeskId));
    // A record found only by a shared name is merged only when it has no address of its own.
    const weakMatch = !strongMatch && byName.includes(other) && !other.email;
    if (!strongMatch && !weakMatch) continue;
    if (weakMatch && byName.length > 1 && !keys.email && !keys.helpdeskId) continue;
    if (!canJoin(joined, other)) continue;
    absorb.push(other);
    joined = { ...joined, keys: [...joined.keys, ...other.keys], email: joined.email ?? other.email, apart: [...(joined.apart ?? []), ...(other.apart ?? [])] };
  }
  return { primary, absorb, seen: [...found.values()] };
}

/** The customer a stored id now belongs to (ids of merged customers lead to the merged record). */
export async function resolveCustomerId(db: TactfulDatabase, id: string): Promise<string | undefined> {
  if (await db.customers.get(id)) return id;
  return (await db.customers.where('keys').equals(id).first())?.id;
}
