import { useEffect, useState } from 'preact/hooks';

/** How long to wait for `voiceschanged` before saying there are no voices: a browser without any never fires it. */
const VOICES_WAIT_MS = 4000;

/**
 * The voices, or null until the browser has listed them: getVoices() is often empty at first and
 * fills in later, announced by `voiceschanged`.
 */
export function useVoices(synth: SpeechSynthesis | undefined): SpeechSynthesisVoice[] | null {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(() => nonEmpty(synth?.getVoices()));
  useEffect(() => {
    if (!synth) return setVoices([]);
    const update = () => setVoices(nonEmpty(synth.getVoices()) ?? []);
    synth.addEventListener('voiceschanged', update);
    const giveUp = setTimeout(() => setVoices((current) => current ?? nonEmpty(synth.getVoices()) ?? []), VOICES_WAIT_MS);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      clearTimeout(giveUp);
    };
  }, [synth]);
  return voices;
}

function nonEmpty(voices: SpeechSynthesisVoice[] | undefined): SpeechSynthesisVoice[] | null {
  return voices && voices.length > 0 ? voices : null;
}
