import { CRISIS_CATEGORIES } from '../../src/understanding/crisisCategories';
import { helplinesFor } from '../../src/understanding/helplines';

const ids = (...args: Parameters<typeof helplinesFor>) => helplinesFor(...args).map((h) => h.id);

test.each(CRISIS_CATEGORIES.flatMap((c) => [[c, 'england'], [c, 'wales'], [c, undefined]] as const))('%s / %s has at least one line', (category, nation) => {
  expect(helplinesFor(category, nation).length).toBeGreaterThan(0);
});

test('999 is always given for danger now', () => {
  for (const nation of ['england', 'wales', 'scotland', 'northern-ireland', undefined] as const) {
    expect(helplinesFor('danger-now', nation).map((h) => h.number)).toContain('999');
  }
});

test('suicide and self-harm: Samaritans, Shout and NHS 111', () => {
  const lines = helplinesFor('suicide-self-harm', 'england');
  expect(lines.find((h) => h.id === 'samaritans')?.number).toBe('116 123');
  expect(lines.find((h) => h.id === 'shout')?.text).toBe('Text SHOUT to 85258');
  expect(lines.find((h) => h.id === 'nhs-111')?.number).toBe('111');
});

test('domestic abuse differs between England and Wales', () => {
  expect(ids('domestic-abuse', 'england')).toEqual(expect.arrayContaining(['national-domestic-abuse-helpline', 'mens-advice-line']));
  expect(ids('domestic-abuse', 'england')).not.toContain('live-fear-free');
  expect(ids('domestic-abuse', 'wales')).toContain('live-fear-free');
  expect(ids('domestic-abuse', 'wales')).not.toContain('national-domestic-abuse-helpline');
  expect(helplinesFor('domestic-abuse', 'england').find((h) => h.id === 'national-domestic-abuse-helpline')?.number).toBe('0808 2000 247');
  expect(helplinesFor('domestic-abuse', 'wales').find((h) => h.id === 'live-fear-free')?.number).toBe('0808 80 10 800');
});

test('homelessness: Shelter or Shelter Cymru, marked unverified', () => {
  const england = helplinesFor('homeless-tonight', 'england');
  const wales = helplinesFor('homeless-tonight', 'wales');
  expect(england.find((h) => h.id === 'shelter-england')?.verified).toBe(false);
  expect(wales.find((h) => h.id === 'shelter-cymru')?.verified).toBe(false);
  expect(england.map((h) => h.id)).not.toContain('shelter-cymru');
});

test('no food or money: Crisis and Resilience Fund in England, DAF in Wales', () => {
  expect(ids('no-food-or-money', 'england')).toContain('crisis-and-resilience-fund');
  expect(ids('no-food-or-money', 'england')).not.toContain('discretionary-assistance-fund');
  expect(helplinesFor('no-food-or-money', 'wales').find((h) => h.id === 'discretionary-assistance-fund')?.number).toBe('0800 859 5924');
});

test('unknown nation gives both nations\u2019 lines where they differ', () => {
  expect(ids('domestic-abuse')).toEqual(expect.arrayContaining(['national-domestic-abuse-helpline', 'live-fear-free']));
  expect(ids('homeless-tonight')).toEqual(expect.arrayContaining(['shelter-england', 'shelter-cymru']));
  expect(ids('no-food-or-money')).toEqual(expect.arrayContaining(['crisis-and-resilience-fund', 'discretionary-assistance-fund']));
});

test('entries carry only the documented fields', () => {
  for (const line of helplinesFor('suicide-self-harm')) {
    expect(Object.keys(line).every((k) => ['id', 'name', 'number', 'text', 'hours', 'note', 'verified'].includes(k))).toBe(true);
  }
});
