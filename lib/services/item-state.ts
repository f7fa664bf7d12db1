import type { Interaction, Settings } from '../models';
import type { ItemState } from '../messages';
import { effectiveSentiment } from '../models';
import { slaState, slaTargetMinutes, waitingMillis } from '../timers';

/** The slice of an interaction a content script needs for its badge; no other stored data leaves. */
export function toItemState(i: Interaction, settings: Settings, now: number, cues: string[] = []): ItemState {
  const targetMs = slaTargetMinutes(settings.sla, i.platform, i.kind) * 60_000;
  const waited = waitingMillis(i, now, settings.sla.businessHours);
  return {
    id: i.id,
    status: i.status,
    sentiment: effectiveSentiment(i),
    sentimentCues: cues.slice(0, 8).map((c) => c.slice(0, 40)),
    overridden: i.sentimentOverride !== null,
    intents: i.intents,
    lang: i.lang,
    // The badge shows `end - clockStart`, where end is now for open items and the answer time for
    // closed ones; the business-hours-aware wait is folded into the start.
    clockStart: Math.max(0, (i.status === 'open' ? now : (i.answeredAt ?? now)) - waited),
    answeredAt: i.answeredAt,
    targetMs,
    warnMs: Math.round(targetMs * settings.sla.warningRatio),
    slaState: slaState(i, now, settings.sla),
  };
}
