import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings, type SettingsProblem } from '@/lib/settings';

/** Who the agent is and who they speak for: fills {{agent.name}} and {{company}} in phrases. */
export function ProfileSection() {
  const [values, setValues] = useState<Settings>(DEFAULT_SETTINGS);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then(setValues);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveSettings(values).then((found) => {
      setProblems(found);
      setSaved(found.length === 0);
    });
  };
  const problemFor = (field: keyof Settings) => problems.find((p) => p.field === field)?.message;
  const edit = (field: keyof Settings) => (event: { target: { value: string } }) => {
    setSaved(false);
    setValues({ ...values, [field]: event.target.value });
  };

  return (
    <section aria-labelledby="profile-title" className="options-section">
      <h2 id="profile-title">You and your team</h2>
      <p className="muted">Used to fill phrases such as “I'm {'{{agent.firstName}}'} from {'{{company}}'}”. Stays in this browser.</p>
      <form onSubmit={submit} className="form">
        <label>
          Your name, as you sign replies
          <input value={values.agentName} onChange={edit('agentName')} placeholder="Sam Rivera" aria-invalid={!!problemFor('agentName')} />
        </label>
        {problemFor('agentName') && <p className="warning">Your name: {problemFor('agentName')}</p>}
        <label>
          Company or team
          <input value={values.company} onChange={edit('company')} placeholder="Acme Kitchens" aria-invalid={!!problemFor('company')} />
        </label>
        {problemFor('company') && <p className="warning">Company: {problemFor('company')}</p>}
        <div>
          <button type="submit" className="primary">
            Save
          </button>
          {saved && (
            <span role="status" className="muted small">
              {' '}
              Saved.
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
