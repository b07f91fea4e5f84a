import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh element in the document for each test to render into, unmounted and removed after it.
 * Call once at the top of a test file; read `.current` inside the tests.
 */
export function renderContainer(): { current: HTMLElement } {
  const container = { current: document.createElement('div') };
  beforeEach(() => {
    container.current = document.createElement('div');
    document.body.append(container.current);
  });
  afterEach(async () => {
    await act(() => render(null, container.current));
    container.current.remove();
  });
  return container;
}
