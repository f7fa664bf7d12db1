import type { Interaction } from './interaction';

/** The sentiment that counts: the user's correction when there is one, else the detected one. */
export function effectiveSentiment(i: Pick<Interaction, 'sentiment' | 'sentimentOverride'>) {
  return i.sentimentOverride ?? i.sentiment;
}
