import { useEffect, useRef, useState, type FormEvent } from 'react';
import { builtinPacks } from '@/lib/packs/builtin';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/lib/settings';
import { defaultBusinessHours, loadBusinessHours, markWelcomeDone, saveBusinessHours, timeZones, type BusinessHours } from '@/lib/welcome';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
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
        <h1>Welcome to Tactful</h1>
      </header>
      <main className="welcome-body">
        <section aria-labelledby="what-title" className="welcome-section">
          <h2 id="what-title">What Tactful does</h2>
          <p>Tactful sits beside your helpdesk and reads the conversation you have open. It helps you reply:</p>
          <ul>
            <li>how the customer feels, in their own words, and what the problem is;</li>
            <li>phrases that fit, inserted straight into your reply;</li>
            <li>a check of your draft as you type: wording that admits fault, blames or promises too much, with safer rewrites;</li>
            <li>the customer's earlier contacts with you.</li>
          </ul>
          <p className="muted">Everything stays in this browser: Tactful sends nothing anywhere.</p>
          <p>
            Open it with Tactful's toolbar button
            {openShortcut ? (
              <>
                {' '}
                or <kbd>{openShortcut}</kbd>
              </>
            ) : null}
            .
          </p>
          {shortcuts.length > 0 && (
            <details>
              <summary>Keyboard shortcuts</summary>
              <dl className="shortcuts">
                {shortcuts.map((s) => (
                  <div key={s.name}>
                    <dt>
                      <kbd>{s.shortcut}</kbd>
                    </dt>
                    <dd>{s.description || 'Open Tactful beside the page'}</dd>
                  </div>
                ))}
              </dl>
              <p className="muted small">Change them in your browser's extension shortcut settings.</p>
            </details>
          )}
        </section>

        <form className="welcome-form" onSubmit={(event) => void submit(event)} aria-describedby="later">
          <p id="later" className="muted">
            All optional, and all of it can be changed later in <a href="options.html">Tactful's options</a>.
          </p>

          <fieldset className="welcome-section">
            <legend>You and your team</legend>
            <p className="muted small">Fills phrases such as “I'm Sam from Acme”.</p>
            <label>
              Your name, as you sign replies
              <input value={profile.agentName} onChange={editProfile('agentName')} placeholder="Sam Rivera" autoComplete="name" aria-invalid={!!problemFor('agentName')} />
            </label>
            {problemFor('agentName') && <p className="warning">Your name: {problemFor('agentName')}</p>}
            <label>
              Company or team
              <input value={profile.company} onChange={editProfile('company')} placeholder="Acme Kitchens" autoComplete="organization" aria-invalid={!!problemFor('company')} />
            </label>
            {problemFor('company') && <p className="warning">Company: {problemFor('company')}</p>}
          </fieldset>

          <fieldset className="welcome-section">
            <legend>Your business hours</legend>
            <p className="muted small">So the times Tactful suggests you promise fall when your team is working.</p>
            <fieldset className="days">
              <legend className="small">Working days</legend>
              {DAY_ORDER.map((day) => (
                <label key={day} className="day">
                  <input type="checkbox" checked={hours.days.includes(day)} onChange={() => toggleDay(day)} />
                  {DAYS[day]}
                </label>
              ))}
            </fieldset>
            <div className="hours">
              <label>
                Opens at
                <input type="time" value={hours.start} onChange={(e) => editHours({ start: e.target.value })} aria-invalid={!!problemFor('start')} required />
              </label>
              <label>
                Closes at
                <input type="time" value={hours.end} onChange={(e) => editHours({ end: e.target.value })} aria-invalid={!!problemFor('end')} required />
              </label>
            </div>
            {problemFor('start') && <p className="warning">Opening time: {problemFor('start')}</p>}
            {problemFor('end') && <p className="warning">Closing time: {problemFor('end')}</p>}
            <label>
              Time zone
              <select value={hours.timeZone} onChange={(e) => editHours({ timeZone: e.target.value })} aria-invalid={!!problemFor('timeZone')}>
                {timeZones(hours.timeZone).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
            </label>
            {problemFor('timeZone') && <p className="warning">Time zone: {problemFor('timeZone')}</p>}
          </fieldset>

          <section aria-labelledby="phrases-title" className="welcome-section">
            <h2 id="phrases-title">Phrases</h2>
            {pack && (
              <p>
                The built-in pack “{pack.name}” is on: {pack.phrases.length} phrases in {pack.locale === 'en' ? 'English' : pack.locale}.
              </p>
            )}
            <p>
              Your team lead may share a pack of your team's own phrases: <a href="options.html">pick or import it in Options</a>.
            </p>
          </section>

          <section aria-labelledby="sites-title" className="welcome-section">
            <h2 id="sites-title">Your helpdesk</h2>
            <p>
              Tactful works on its own on the hosted helpdesks it knows (Zendesk, Freshdesk, Intercom, Help Scout and more). For a helpdesk on your
              company's own address (Request Tracker, FreeScout, osTicket, Zammad…), open it, click Tactful's toolbar button and choose <strong>Use
              Tactful on this site</strong> — or <a href="options.html#sites-title">manage your sites in Options</a>.
            </p>
          </section>

          <div className="welcome-actions">
            <button type="submit" className="welcome-primary">
              Save and start
            </button>
            <button type="button" className="welcome-secondary" onClick={() => void skip()}>
              Skip for now
            </button>
            {saved && (
              <span role="status" className="ok">
                Saved. Open your helpdesk and click Tactful's toolbar button.
              </span>
            )}
          </div>
        </form>
      </main>
    </div>
  );
}
