import { languageNotice, type LanguageVerdict } from '@/lib/panel';
import { i18n } from '#i18n';

/** Said instead of advice when the conversation is in a language Tactful doesn't analyse. */
export function LanguageNotice({ verdict }: { verdict: Extract<LanguageVerdict, { analysed: false }> }) {
  return (
    <section className="language-notice" aria-labelledby="language-title" data-language={verdict.language}>
      <h2 id="language-title" className="section-title">
        {i18n.t('panel.language.title')}
      </h2>
      <p>{languageNotice(verdict)}</p>
      <p className="small muted">{i18n.t('panel.language.stillShown')}</p>
    </section>
  );
}
