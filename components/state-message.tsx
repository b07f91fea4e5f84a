import type { ComponentChildren } from 'preact';

export interface StateMessageProps {
  testId: string;
  title: string;
  children?: ComponentChildren;
  busy?: boolean;
}

/** Loading, not-an-article, can't-read and error states share one calm layout. */
export function StateMessage({ testId, title, children, busy = false }: StateMessageProps) {
  return (
    <section class="state-message" data-testid={testId} aria-busy={busy} role={busy ? 'status' : undefined}>
      {busy && <div class="state-message__spinner" aria-hidden="true" />}
      <h1 class="state-message__title">{title}</h1>
      {children}
    </section>
  );
}
