import { describe, expect, test } from 'vitest';
import { buildConfirmations } from '../../src/data/confirmations.ts';
import { validateContent } from '../../src/data/load.ts';
import { buildPortal } from '../../src/data/portal.ts';
import {
  getConfirmationStatus,
  getCurrentRound,
  getMemberRound,
  getMemberSince,
  isOverdue,
} from '../../src/lib/rounds.ts';
import { readFixtureContent, withFile } from './content-fixtures.ts';

describe('getCurrentRound', () => {
  test('half-yearly rounds open in March and September and close at the end of that month', () => {
    expect(getCurrentRound('halfjaar', '2026-11-22')).toEqual({
      start: '2026-09-01',
      deadline: '2026-09-30',
    });
    expect(getCurrentRound('halfjaar', '2026-03-01')).toEqual({
      start: '2026-03-01',
      deadline: '2026-03-31',
    });
    expect(getCurrentRound('halfjaar', '2026-02-10')).toEqual({
      start: '2025-09-01',
      deadline: '2025-09-30',
    });
  });

  test('quarterly and yearly rounds', () => {
    expect(getCurrentRound('kwartaal', '2026-05-15')).toEqual({
      start: '2026-04-01',
      deadline: '2026-04-30',
    });
    expect(getCurrentRound('jaar', '2026-11-22')).toEqual({
      start: '2026-01-01',
      deadline: '2026-01-31',
    });
  });
});

describe('overdue with a fixed today', () => {
  const round = getCurrentRound('halfjaar', '2026-11-22');

  test('confirmed in this round is not overdue', () => {
    expect(getConfirmationStatus('2026-09-15', round, '2026-11-22')).toBe('bevestigd');
  });

  test('confirmed before the round, with the deadline passed, is overdue', () => {
    expect(getConfirmationStatus('2026-03-20', round, '2026-11-22')).toBe('te-laat');
    expect(isOverdue(undefined, round, '2026-11-22')).toBe(true);
  });

  test('not yet confirmed while the round is still open is not overdue', () => {
    const open = getCurrentRound('halfjaar', '2026-09-10');
    expect(getConfirmationStatus('2026-03-20', open, '2026-09-10')).toBe('open');
    expect(isOverdue('2026-03-20', open, '2026-09-10')).toBe(false);
  });
});

describe('buildConfirmations', () => {
  const files = readFixtureContent('content-minimal');
  const content = validateContent(files, { today: '2026-11-22' });
  const portal = buildPortal(content, '2026-11-22');

  test('the latest confirmation of any entry counts', () => {
    const noelle = portal.personById.get('noelle-van-der-linde');
    if (!noelle) throw new Error('fixture person missing');
    const c = buildConfirmations(noelle, portal.site, portal.today);
    expect(c.nevenfuncties).toMatchObject({ lastConfirmed: '2026-09-15', status: 'bevestigd' });
  });

  test('"geen" without a confirmation is overdue; a person-level confirmation fixes that', () => {
    const umit = portal.personById.get('umit-celik');
    if (!umit) throw new Error('fixture person missing');
    expect(buildConfirmations(umit, portal.site, portal.today).financieleBelangen.status).toBe(
      'te-laat',
    );
    const file = files.find((f) => f.path === 'people/umit-celik.md');
    const confirmed = withFile(files, {
      path: 'people/umit-celik.md',
      source: (file?.source ?? '').replace(
        'financieleBelangen: geen\n',
        'financieleBelangen: geen\nbevestigd:\n  financieleBelangen: 2026-09-21\n',
      ),
    });
    const after = buildPortal(
      validateContent(confirmed, { today: '2026-11-22' }),
      '2026-11-22',
    ).personById.get('umit-celik');
    if (!after) throw new Error('fixture person missing');
    expect(buildConfirmations(after, portal.site, '2026-11-22').financieleBelangen).toMatchObject({
      lastConfirmed: '2026-09-21',
      status: 'bevestigd',
    });
  });
});

describe('a member who joined after the round opened', () => {
  const round = getCurrentRound('halfjaar', '2026-11-22');

  test('is asked from the day they joined, with as long to answer as the round gives', () => {
    expect(getMemberRound(round, '2026-11-01')).toEqual({
      start: '2026-11-01',
      deadline: '2026-11-30',
    });
    expect(getMemberRound(round, '2023-03-30')).toBe(round);
  });

  test('is not late on their first day, and is late once their own deadline passed', () => {
    const own = getMemberRound(round, '2026-11-22');
    expect(getConfirmationStatus(undefined, own, '2026-11-22')).toBe('open');
    expect(getConfirmationStatus(undefined, own, '2026-12-22')).toBe('te-laat');
  });

  test('has been a member since the start of an unbroken time in office', () => {
    const roles = [{ van: '2023-03-30', tot: '2023-06-14' }, { van: '2023-06-15' }];
    expect(getMemberSince(roles, '2026-11-22')).toBe('2023-03-30');
    expect(
      getMemberSince(
        [{ van: '2019-03-28', tot: '2023-03-29' }, { van: '2026-11-01' }],
        '2026-11-22',
      ),
    ).toBe('2026-11-01');
  });

  test('a term known only by month or year counts from its last possible day: no one is late before they could be a member', () => {
    expect(getMemberSince([{ van: '2026-09' }], '2026-11-22')).toBe('2026-09-30');
    expect(getMemberSince([{ van: '2011' }], '2026-11-22')).toBe('2011-12-31');
    expect(getMemberSince([{ van: '2019', tot: '2023' }, { van: '2023-06' }], '2026-11-22')).toBe(
      '2019-12-31',
    );
    const round = getCurrentRound('halfjaar', '2026-11-22');
    expect(getMemberRound(round, getMemberSince([{ van: '2026-09' }], '2026-11-22'))).toEqual({
      start: '2026-09-30',
      deadline: '2026-10-29',
    });
  });
});
