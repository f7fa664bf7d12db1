import { describe, expect, it } from 'vitest';
import { toItemState } from '../../../lib/services/item-state';
import { defaultSettings } from '../../../lib/db/defaults';
import type { Interaction } from '../../../lib/models';
import { validRows } from '../models/valid-rows';

const settings = defaultSettings('id', 0);
const base = { ...validRows.interaction, intents: [...validRows.interaction.intents] } as Interaction;
const MIN = 60_000;

describe('toItemState', () => {
  it('an open item shows the time it has waited so far', () => {
    const now = base.postedAt! + 50 * MIN;
    const st = toItemState(base, settings, now);
    expect(now - st.clockStart).toBe(50 * MIN);
    expect(st.slaState).toBe('warning');
    expect(st.targetMs).toBe(60 * MIN);
    expect(st.warnMs).toBe(45 * MIN);
  });
  it('an answered item shows its response time, not the time since the answer', () => {
    const answered: Interaction = { ...base, status: 'answered', answeredAt: base.postedAt! + 40 * MIN, answeredHow: 'own-reply' };
    const st = toItemState(answered, settings, base.postedAt! + 5 * 24 * 60 * MIN);
    expect(st.answeredAt! - st.clockStart).toBe(40 * MIN);
    expect(st.slaState).toBe('answered');
  });
  it('sends no stored data beyond the badge fields', () => {
    const st = toItemState(base, settings, base.postedAt!);
    expect(Object.keys(st).sort()).toEqual(['answeredAt', 'clockStart', 'id', 'intents', 'lang', 'overridden', 'sentiment', 'sentimentCues', 'slaState', 'status', 'targetMs', 'warnMs']);
  });
});
