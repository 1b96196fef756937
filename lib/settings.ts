/**
 * The agent's settings: who they are and who they work for (used to fill phrases), kept in
 * `storage.local` and validated on the way in and out, so a bad value (a hand-edited import, an
 * old version) is named and replaced by its default instead of breaking the panel.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { t } from './i18n';

export const settingsSchema = z.object({
  /** As the agent signs replies: "Sam Rivera". */
  agentName: z.string({ error: () => t('lib.settings.notText') }).trim().max(80, { error: () => t('lib.settings.tooLong', { max: 80 }) }).default(''),
  /** The company the agent speaks for: "Acme Kitchens". */
  company: z.string({ error: () => t('lib.settings.notText') }).trim().max(80, { error: () => t('lib.settings.tooLong', { max: 80 }) }).default(''),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export interface SettingsProblem {
  field: string;
  message: string;
}

/** Read settings from anything: valid fields are kept, invalid ones fall back and are reported. */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  for (const [field, schema] of Object.entries(settingsSchema.shape)) {
    if (!(field in input)) continue;
    const result = schema.safeParse(input[field]);
    if (result.success) settings[field] = result.data;
    else problems.push({ field, message: result.error.issues[0]?.message ?? t('lib.settings.notText') });
  }
  return { settings: settings as Settings, problems };
}

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue()).settings;
}

/** Save a change; refuses (with the field named) rather than storing something invalid. */
export async function saveSettings(change: Partial<Settings>): Promise<SettingsProblem[]> {
  const { settings, problems } = parseSettings({ ...(await loadSettings()), ...change });
  if (problems.length > 0) return problems;
  await settingsItem.setValue(settings);
  return [];
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value).settings));
}
