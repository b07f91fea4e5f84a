import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { COMMANDS, type Command } from '../lib/keys/commands';
import { DEFAULT_KEYMAP, type Keymap } from '../lib/keys/default-keymap';
import { keyFromEvent } from '../lib/keys/key-event';
import { compileKeymap, resolveKey } from '../lib/keys/resolve-key';

/**
 * A handler may return `false` to say "this did not apply right now" (for example, Escape with no
 * overlay open). The key then keeps its browser default, and Escape can still close the popup.
 */
export type CommandHandlerResult = void | boolean;

/** One optional handler per command. Commands with `numericArgument` receive their number. */
export type CommandHandlers = {
  [C in Command as C['id']]?: C extends { readonly numericArgument: true }
    ? (arg: number) => CommandHandlerResult
    : () => CommandHandlerResult;
};

export interface UseKeymapOptions {
  /** Defaults to DEFAULT_KEYMAP. Pass a stable object: a new one recompiles the trie. */
  keymap?: Keymap;
  /** How long a half-typed sequence such as `g` waits for its next key. */
  sequenceTimeoutMs?: number;
}

export const DEFAULT_SEQUENCE_TIMEOUT_MS = 1000;

const REPEATABLE_COMMAND_IDS: ReadonlySet<string> = new Set(
  COMMANDS.filter((command) => 'repeatable' in command && command.repeatable).map(
    (command) => command.id,
  ),
);

/**
 * Runs the reader's keyboard commands while the calling component is mounted. Keys reach it as
 * they bubble to `window`, so a focused widget that handles a key itself and calls
 * preventDefault (the outline tree with Home/End) takes priority. `preventDefault` is called only
 * when a handler actually ran, so unbound keys keep their native behaviour.
 */
export function useKeymap(handlers: CommandHandlers, options: UseKeymapOptions = {}): void {
  const { keymap = DEFAULT_KEYMAP, sequenceTimeoutMs = DEFAULT_SEQUENCE_TIMEOUT_MS } = options;
  const trie = useMemo(() => compileKeymap(keymap), [keymap]);

  // Handlers are usually inline closures and change on every render. Reading them through a ref
  // keeps one window listener for the component's lifetime instead of re-adding it each render.
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  // A layout effect: the keys work from the moment the reader is on screen, not a frame later, when a
  // plain effect runs (and later still in a background window, where frames are held back).
  useLayoutEffect(() => {
    let pending: string[] = [];
    let lastKeyAt = 0;

    const onKeyDown = (event: KeyboardEvent) => {
      const key = keyFromEvent(event);
      if (key === null) return;

      const now = Date.now();
      // A timestamp check instead of a timer: nothing to clear on unmount, and a stale prefix is
      // simply forgotten when the next key arrives.
      if (pending.length > 0 && now - lastKeyAt > sequenceTimeoutMs) pending = [];
      lastKeyAt = now;

      const resolution = resolveKey(trie, pending, key);
      pending = resolution.pending;
      const command = resolution.command;
      if (!command) return;
      if (event.repeat && !REPEATABLE_COMMAND_IDS.has(command.id)) return;

      // compileKeymap guarantees an `arg` exactly when the command declares numericArgument, so
      // every handler gets the arguments its type promises.
      const handler = handlersRef.current[command.id] as
        | ((arg?: number) => CommandHandlerResult)
        | undefined;
      if (!handler) return;
      if (handler(command.arg) === false) return;
      event.preventDefault();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [trie, sequenceTimeoutMs]);
}
