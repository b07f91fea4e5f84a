import type { Keymap } from '../lib/keys/default-keymap';
import type { ReadingPosition } from '../lib/reading-position/reading-positions';
import { sequencesFor } from '../lib/keys/user-keymap';
import { Icon } from './icons';
import { t } from './messages';

export interface ResumeOfferProps {
  position: ReadingPosition;
  keymap: Keymap;
  onResume: () => void;
  onDismiss: () => void;
}

/** "Continue where you left off: 3. Section name", with the key that does it from the live keymap. */
export function ResumeOffer({ position, keymap, onResume, onDismiss }: ResumeOfferProps) {
  const [key] = sequencesFor(keymap, 'resumePosition');
  return (
    <div class="resume-offer" data-testid="resume-offer">
      <button type="button" class="resume-offer__go" onClick={onResume}>
        {position.sectionTitle ? t('resumeOffer', position.sectionTitle) : t('resumeOfferTop')}
      </button>
      {key && <kbd class="resume-offer__key" title={t('resumeKeyHint', key)}>{key}</kbd>}
      <button type="button" class="icon-button" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}
