import { languageNotice, type LanguageVerdict } from '@/lib/panel';

/** Said instead of advice when the conversation is in a language Tactful doesn't analyse. */
export function LanguageNotice({ verdict }: { verdict: Extract<LanguageVerdict, { analysed: false }> }) {
  return (
    <section className="language-notice" aria-labelledby="language-title" data-language={verdict.language}>
      <h2 id="language-title" className="section-title">
        Not in English
      </h2>
      <p>{languageNotice(verdict)}</p>
      <p className="small muted">The conversation and the check of your own English draft are still shown below.</p>
    </section>
  );
}
