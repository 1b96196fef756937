import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_LEAD_MINUTES } from '@/lib/promises/schedule';
import { parseLeadMinutes, reminderLeadMinutes } from '@/lib/promises/reminders';
import { i18n } from '#i18n';

/** How long before a promise falls due Tactful reminds the agent (notification and toolbar badge). */
export function RemindersSection() {
  const [text, setText] = useState(String(DEFAULT_LEAD_MINUTES));
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const edited = useRef(false);

  useEffect(() => {
    // The stored value, unless the agent already started typing.
    void reminderLeadMinutes.getValue().then((minutes) => !edited.current && setText(String(minutes)));
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseLeadMinutes(text);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      setSaved(false);
      return;
    }
    setProblem(undefined);
    void reminderLeadMinutes.setValue(parsed.minutes).then(() => setSaved(true));
  };

  return (
    <section aria-labelledby="reminders-title" className="options-section">
      <h2 id="reminders-title">{i18n.t('options.views.reminders')}</h2>
      <p className="muted">{i18n.t('options.reminders.text')}</p>
      <form onSubmit={submit} className="form">
        <label>
          {i18n.t('options.reminders.minutes')}
          <input
            inputMode="numeric"
            value={text}
            onChange={(e) => {
              edited.current = true;
              setSaved(false);
              setText(e.target.value);
            }}
            aria-invalid={!!problem}
          />
        </label>
        {problem && <p className="warning">{i18n.t('options.reminders.problem', { problem })}</p>}
        <div>
          <button type="submit" className="primary">
            {i18n.t('options.reminders.save')}
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
