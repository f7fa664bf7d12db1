import { describe, expect, it } from 'vitest';
import {
  Account, Campaign, Interaction, Mention, MetricSnapshot, MonthlyPlan, Post, Settings, Task, Template, TrackedTerm, Influencer,
} from '../../../lib/models';
import { defaultSettings } from '../../../lib/db/defaults';
import { validRows } from './valid-rows';

const cases = [
  ['Template', Template, validRows.template],
  ['Interaction', Interaction, validRows.interaction],
  ['Post', Post, validRows.post],
  ['Campaign', Campaign, validRows.campaign],
  ['Task', Task, validRows.task],
  ['MetricSnapshot', MetricSnapshot, validRows.metric],
  ['Account', Account, validRows.account],
  ['MonthlyPlan', MonthlyPlan, validRows.plan],
  ['TrackedTerm', TrackedTerm, validRows.term],
  ['Mention', Mention, validRows.mention],
  ['Influencer', Influencer, validRows.influencer],
] as const;

describe('models', () => {
  for (const [name, schema, row] of cases) {
    it(`${name} accepts a valid row`, () => {
      expect(schema.safeParse(row).success).toBe(true);
    });
    it(`${name} rejects extra keys`, () => {
      expect(schema.safeParse({ ...row, extra: 1 }).success).toBe(false);
    });
    it(`${name} rejects a missing id`, () => {
      const { id: _id, ...rest } = row as { id: unknown };
      expect(schema.safeParse(rest).success).toBe(false);
    });
  }

  it('default settings are valid in both languages', () => {
    expect(Settings.safeParse(defaultSettings('id', 1)).success).toBe(true);
    expect(Settings.safeParse(defaultSettings('en', 1)).success).toBe(true);
    expect(defaultSettings('id', 1).timeZone).toBe('Asia/Jakarta');
    expect(defaultSettings('id', 1).currency).toBe('IDR');
  });

  it('rejects invalid field values', () => {
    expect(Template.safeParse({ ...validRows.template, language: 'fr' }).success).toBe(false);
    expect(Template.safeParse({ ...validRows.template, title: '   ' }).success).toBe(false);
    expect(Template.safeParse({ ...validRows.template, abbreviation: 'has space' }).success).toBe(false);
    expect(Interaction.safeParse({ ...validRows.interaction, sentiment: 'angry' }).success).toBe(false);
    expect(Interaction.safeParse({ ...validRows.interaction, postedAt: -5 }).success).toBe(false);
    expect(Post.safeParse({ ...validRows.post, status: 'posted' }).success).toBe(false);
    expect(Post.safeParse({ ...validRows.post, link: 'javascript:alert(1)' }).success).toBe(false);
    expect(Campaign.safeParse({ ...validRows.campaign, endDate: '2026-01-01' }).success).toBe(false);
    expect(Campaign.safeParse({ ...validRows.campaign, budget: -1 }).success).toBe(false);
    expect(Campaign.safeParse({ ...validRows.campaign, currency: 'rupiah' }).success).toBe(false);
    expect(Task.safeParse({ ...validRows.task, dueDate: '2026-13-01' }).success).toBe(false);
    expect(MetricSnapshot.safeParse({ ...validRows.metric, followers: Number.NaN }).success).toBe(false);
    expect(Account.safeParse({ ...validRows.account, handle: '@withat' }).success).toBe(false);
    expect(MonthlyPlan.safeParse({ ...validRows.plan, id: '2026-13' }).success).toBe(false);
    expect(TrackedTerm.safeParse({ ...validRows.term, group: 'enemy' }).success).toBe(false);
  });
});
