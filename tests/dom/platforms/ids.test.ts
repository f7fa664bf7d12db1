import { describe, expect, it } from 'vitest';
import {
  fnv1a, hashKey, linkedinIdTime, linkedinUrnTime, parseLinkedinCommentUrn, tiktokIdTime, xSnowflakeTime,
} from '../../../lib/platforms';

const TWITTER_EPOCH = 1288834974657n;

describe('X snowflake ids', () => {
  it('decode to the millisecond they were made', () => {
    for (const at of [Date.UTC(2012, 0, 1), Date.UTC(2024, 4, 13, 12, 43, 51, 248), Date.UTC(2025, 4, 14, 10)]) {
      const id = (((BigInt(at) - TWITTER_EPOCH) << 22n) | 0x3ffn).toString();
      expect(xSnowflakeTime(id)).toBe(at);
    }
    expect(xSnowflakeTime('1790000000000000000')).toBe(Date.UTC(2024, 4, 13, 12, 43, 51, 248));
  });

  it('refuses what is not a snowflake', () => {
    expect(xSnowflakeTime('20')).toBeNull();
    expect(xSnowflakeTime('12345678901')).toBeNull();
    expect(xSnowflakeTime('abc')).toBeNull();
    expect(xSnowflakeTime('99999999999999999999999')).toBeNull();
  });
});

describe('LinkedIn ids and URNs', () => {
  it('decode the creation time from the id', () => {
    const at = Date.UTC(2025, 4, 14, 7, 30);
    const id = ((BigInt(at) << 22n) | 12345n).toString();
    expect(linkedinIdTime(id)).toBe(at);
    expect(linkedinUrnTime(`urn:li:comment:(activity:7212345678901234567,${id})`)).toBe(at);
    expect(linkedinUrnTime('urn:li:comment:(activity:7212345678901234567,7212345678901234567)')).toBe(Date.UTC(2024, 5, 28, 6, 46, 48, 752));
  });

  it('find the comment id in both URN shapes', () => {
    expect(parseLinkedinCommentUrn('urn:li:comment:(activity:7212345678901234567,7213000000000000001)')).toEqual({ commentId: '7213000000000000001', thread: 'activity:7212345678901234567' });
    expect(parseLinkedinCommentUrn('urn:li:comment:(ugcPost:7212345678901234567,7213000000000000001)')).toEqual({ commentId: '7213000000000000001', thread: 'ugcPost:7212345678901234567' });
    expect(parseLinkedinCommentUrn('urn:li:fsd_comment:(7213000000000000001,urn:li:activity:7212345678901234567)')).toEqual({ commentId: '7213000000000000001', thread: 'activity:7212345678901234567' });
    expect(parseLinkedinCommentUrn('urn:li:activity:7212345678901234567')).toBeNull();
  });
});

describe('TikTok ids', () => {
  it('carry Unix seconds in the top 32 bits', () => {
    // A real comment id whose page showed the date 2022-4-19.
    expect(new Date(tiktokIdTime('7088335299323446017')!).toISOString()).toBe('2022-04-19T15:21:10.000Z');
    expect(tiktokIdTime('123')).toBeNull();
  });
});

describe('FNV-1a', () => {
  it('matches the published 32-bit test vectors', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('hashes UTF-8, so non-Latin text spreads', () => {
    expect(fnv1a('شكرا')).not.toBe(fnv1a('شكرى'));
    expect(fnv1a('😀')).not.toBe(fnv1a('😁'));
  });

  it('keys are 64 bits and keep the parts apart', () => {
    expect(hashKey('ab', 'c')).toMatch(/^h[0-9a-f]{16}$/);
    expect(hashKey('ab', 'c')).not.toBe(hashKey('a', 'bc'));
    expect(hashKey('budi', '10:32', 'ok', '0')).not.toBe(hashKey('budi', '10:32', 'ok', '1'));
    expect(hashKey('x')).toBe(hashKey('x'));
  });
});
