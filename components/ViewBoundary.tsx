import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '#i18n';

/**
 * Keeps one view's failure to itself: the view is replaced by a line naming it and the error, and
 * the rest of the page keeps working. `resetKey` gives the view another try when its input changes.
 */
export class ViewBoundary extends Component<{ name: string; resetKey?: unknown; children: ReactNode }, { error?: Error; key?: unknown }> {
  override state: { error?: Error; key?: unknown } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey?: unknown }, state: { error?: Error; key?: unknown }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Tactful: “${this.props.name}” failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="view-failed" role="alert" aria-label={i18n.t('common.viewFailed.label', { name: this.props.name })}>
        <p className="warning small">{i18n.t('common.viewFailed.text', { name: this.props.name, error: error.message || String(error) })}</p>
      </section>
    );
  }
}
