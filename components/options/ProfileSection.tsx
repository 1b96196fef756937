import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings, type SettingsProblem } from '@/lib/settings';
import { i18n } from '#i18n';

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
      <h2 id="profile-title">{i18n.t('options.views.profile')}</h2>
      <p className="muted">{i18n.t('options.profile.used', { name: '{{agent.firstName}}', company: '{{company}}' })}</p>
      <form onSubmit={submit} className="form">
        <label>
          {i18n.t('options.profile.name')}
          <input value={values.agentName} onChange={edit('agentName')} placeholder={i18n.t('options.profile.namePlaceholder')} aria-invalid={!!problemFor('agentName')} />
        </label>
        {problemFor('agentName') && <p className="warning">{i18n.t('options.profile.nameProblem', { problem: problemFor('agentName') ?? '' })}</p>}
        <label>
          {i18n.t('options.profile.company')}
          <input value={values.company} onChange={edit('company')} placeholder={i18n.t('options.profile.companyPlaceholder')} aria-invalid={!!problemFor('company')} />
        </label>
        {problemFor('company') && <p className="warning">{i18n.t('options.profile.companyProblem', { problem: problemFor('company') ?? '' })}</p>}
        <div>
          <button type="submit" className="primary">
            {i18n.t('options.save')}
          </button>
          {saved && (
            <span role="status" className="muted small">
              {i18n.t('options.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
