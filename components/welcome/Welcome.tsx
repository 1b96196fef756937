import { useEffect, useRef, useState, type FormEvent } from 'react';
import { builtinPacks } from '@/lib/packs/builtin';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/lib/settings';
import { defaultBusinessHours, loadBusinessHours, markWelcomeDone, saveBusinessHours, timeZones, type BusinessHours } from '@/lib/welcome';
import { i18n } from '#i18n';

/** Day names by `Date.getDay()` number (0 = Sunday). */
const DAYS = [
  () => i18n.t('welcome.days.sunday'),
  () => i18n.t('welcome.days.monday'),
  () => i18n.t('welcome.days.tuesday'),
  () => i18n.t('welcome.days.wednesday'),
  () => i18n.t('welcome.days.thursday'),
  () => i18n.t('welcome.days.friday'),
  () => i18n.t('welcome.days.saturday'),
];
/** Monday first, as most helpdesk rotas are written. */
const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

interface Shortcut {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** The shortcuts as the browser has them now (the agent may have changed them). */
function useShortcuts(): Shortcut[] {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => live && setShortcuts(all.filter((c) => c.shortcut)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return shortcuts;
}

/**
 * The first-run page: what Tactful does, who the agent is, their hours, phrases and sites.
 * Every step is optional and everything can be changed later (Options, or this page again).
 */
export function Welcome({ onClose = () => window.close() }: { onClose?: () => void }) {
  const [profile, setProfile] = useState<Settings>(DEFAULT_SETTINGS);
  const [hours, setHours] = useState<BusinessHours>(defaultBusinessHours);
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [saved, setSaved] = useState(false);
  const shortcuts = useShortcuts();
  const pack = builtinPacks()[0];
  const openShortcut = shortcuts.find((s) => s.name === '_execute_action' || s.name === '_execute_sidebar_action')?.shortcut;

  // What was saved before fills the form, unless the agent has started typing meanwhile.
  const edited = useRef({ profile: false, hours: false });
  useEffect(() => {
    void loadSettings().then((stored) => edited.current.profile || setProfile(stored));
    void loadBusinessHours().then((stored) => edited.current.hours || setHours(stored));
  }, []);

  const problemFor = (field: string) => problems.find((p) => p.field === field)?.message;
  const editProfile = (field: keyof Settings) => (event: { target: { value: string } }) => {
    setSaved(false);
    edited.current.profile = true;
    setProfile({ ...profile, [field]: event.target.value });
  };
  const editHours = (change: Partial<BusinessHours>) => {
    setSaved(false);
    edited.current.hours = true;
    setHours({ ...hours, ...change });
  };
  const toggleDay = (day: number) => editHours({ days: hours.days.includes(day) ? hours.days.filter((d) => d !== day) : [...hours.days, day] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = [...(await saveSettings(profile)), ...(await saveBusinessHours(hours))];
    setProblems(found);
    if (found.length > 0) return;
    await markWelcomeDone(false);
    setSaved(true);
  };
  const skip = async () => {
    await markWelcomeDone(true);
    onClose();
  };

  return (
    <div className="welcome">
      <header className="panel-header">
        <span className="brand" aria-hidden="true">
          ◐
        </span>
        <h1>{i18n.t('welcome.title')}</h1>
      </header>
      <main className="welcome-body">
        <section aria-labelledby="what-title" className="welcome-section">
          <h2 id="what-title">{i18n.t('welcome.what.title')}</h2>
          <p>{i18n.t('welcome.what.intro')}</p>
          <ul>
            <li>{i18n.t('welcome.what.feel')}</li>
            <li>{i18n.t('welcome.what.phrases')}</li>
            <li>{i18n.t('welcome.what.check')}</li>
            <li>{i18n.t('welcome.what.history')}</li>
          </ul>
          <p className="muted">{i18n.t('welcome.what.private')}</p>
          <p>
            {i18n.t('welcome.what.openWith')}
            {openShortcut ? (
              <>
                {' '}
                {i18n.t('welcome.what.or')} <kbd>{openShortcut}</kbd>
              </>
            ) : null}
            .
          </p>
          {shortcuts.length > 0 && (
            <details>
              <summary>{i18n.t('welcome.what.shortcuts')}</summary>
              <dl className="shortcuts">
                {shortcuts.map((s) => (
                  <div key={s.name}>
                    <dt>
                      <kbd>{s.shortcut}</kbd>
                    </dt>
                    <dd>{s.description || i18n.t('manifest.commands.open')}</dd>
                  </div>
                ))}
              </dl>
              <p className="muted small">{i18n.t('welcome.what.changeShortcuts')}</p>
            </details>
          )}
        </section>

        <form className="welcome-form" onSubmit={(event) => void submit(event)} aria-describedby="later">
          <p id="later" className="muted">
            {i18n.t('welcome.later')} <a href="options.html">{i18n.t('welcome.optionsLink')}</a>.
          </p>

          <fieldset className="welcome-section">
            <legend>{i18n.t('welcome.profile.title')}</legend>
            <p className="muted small">{i18n.t('welcome.profile.fills')}</p>
            <label>
              {i18n.t('options.profile.name')}
              <input
                value={profile.agentName}
                onChange={editProfile('agentName')}
                placeholder={i18n.t('options.profile.namePlaceholder')}
                autoComplete="name"
                aria-invalid={!!problemFor('agentName')}
              />
            </label>
            {problemFor('agentName') && <p className="warning">{i18n.t('options.profile.nameProblem', { problem: problemFor('agentName') ?? '' })}</p>}
            <label>
              {i18n.t('options.profile.company')}
              <input
                value={profile.company}
                onChange={editProfile('company')}
                placeholder={i18n.t('options.profile.companyPlaceholder')}
                autoComplete="organization"
                aria-invalid={!!problemFor('company')}
              />
            </label>
            {problemFor('company') && <p className="warning">{i18n.t('options.profile.companyProblem', { problem: problemFor('company') ?? '' })}</p>}
          </fieldset>

          <fieldset className="welcome-section">
            <legend>{i18n.t('welcome.hours.title')}</legend>
            <p className="muted small">{i18n.t('welcome.hours.why')}</p>
            <fieldset className="days">
              <legend className="small">{i18n.t('welcome.hours.days')}</legend>
              {DAY_ORDER.map((day) => (
                <label key={day} className="day">
                  <input type="checkbox" checked={hours.days.includes(day)} onChange={() => toggleDay(day)} />
                  {DAYS[day]?.()}
                </label>
              ))}
            </fieldset>
            <div className="hours">
              <label>
                {i18n.t('welcome.hours.opens')}
                <input type="time" value={hours.start} onChange={(e) => editHours({ start: e.target.value })} aria-invalid={!!problemFor('start')} required />
              </label>
              <label>
                {i18n.t('welcome.hours.closes')}
                <input type="time" value={hours.end} onChange={(e) => editHours({ end: e.target.value })} aria-invalid={!!problemFor('end')} required />
              </label>
            </div>
            {problemFor('start') && <p className="warning">{i18n.t('welcome.hours.opensProblem', { problem: problemFor('start') ?? '' })}</p>}
            {problemFor('end') && <p className="warning">{i18n.t('welcome.hours.closesProblem', { problem: problemFor('end') ?? '' })}</p>}
            <label>
              {i18n.t('welcome.hours.zone')}
              <select value={hours.timeZone} onChange={(e) => editHours({ timeZone: e.target.value })} aria-invalid={!!problemFor('timeZone')}>
                {timeZones(hours.timeZone).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
            </label>
            {problemFor('timeZone') && <p className="warning">{i18n.t('welcome.hours.zoneProblem', { problem: problemFor('timeZone') ?? '' })}</p>}
          </fieldset>

          <section aria-labelledby="phrases-title" className="welcome-section">
            <h2 id="phrases-title">{i18n.t('welcome.phrases.title')}</h2>
            {pack && (
              <p>
                {i18n.t('welcome.phrases.builtin', {
                  name: pack.name,
                  count: pack.phrases.length,
                  language: pack.locale === 'en' ? i18n.t('welcome.phrases.english') : pack.locale,
                })}
              </p>
            )}
            <p>
              {i18n.t('welcome.phrases.teamPack')} <a href="options.html">{i18n.t('welcome.phrases.pickLink')}</a>.
            </p>
          </section>

          <section aria-labelledby="sites-title" className="welcome-section">
            <h2 id="sites-title">{i18n.t('welcome.helpdesk.title')}</h2>
            <p>
              {i18n.t('welcome.helpdesk.text')} <strong>{i18n.t('welcome.helpdesk.useOn')}</strong> {i18n.t('welcome.helpdesk.or')}{' '}
              <a href="options.html#sites-title">{i18n.t('welcome.helpdesk.sitesLink')}</a>.
            </p>
          </section>

          <div className="welcome-actions">
            <button type="submit" className="welcome-primary">
              {i18n.t('welcome.save')}
            </button>
            <button type="button" className="welcome-secondary" onClick={() => void skip()}>
              {i18n.t('welcome.skip')}
            </button>
            {saved && (
              <span role="status" className="ok">
                {i18n.t('welcome.saved')}
              </span>
            )}
          </div>
        </form>
      </main>
    </div>
  );
}
