// Date ranges written with a weekday on each end (synthetic).
import { expect, test } from 'vitest';
import { findDate } from '../../src/parse/date.js';

const days = (text: string, language: string) => {
  const found = findDate(text, language);
  return found && { first: found.date, more: found.moreDays.length, written: text.slice(found.index, found.index + found.length) };
};

test('a range with weekdays names every day, and its text is the whole range', () => {
  expect(days('Monday 6 – Wednesday 8 July 2026', 'en')).toEqual({ first: '2026-07-06', more: 2, written: 'Monday 6 – Wednesday 8 July 2026' });
  expect(days('Wed 4 to Fri 6 Sept 2019', 'en')).toEqual({ first: '2019-09-04', more: 2, written: 'Wed 4 to Fri 6 Sept 2019' });
  expect(days('Du lundi 6 au mercredi 8 juillet 2026', 'fr')).toMatchObject({ first: '2026-07-06', more: 2 });
  expect(days('lundi 6, mardi 7 et mercredi 8 juillet 2026', 'fr')).toMatchObject({ first: '2026-07-06', more: 2 });
  expect(days('Monday, 6 July – Wednesday, 8 July 2026', 'en')).toMatchObject({ first: '2026-07-06', more: 2 });
});

test('a single date with its weekday is unchanged', () => {
  expect(days('Jeudi 19 décembre 2013', 'fr')).toEqual({ first: '2013-12-19', more: 0, written: 'Jeudi 19 décembre 2013' });
  expect(days('Thursday, 12 March 2015', 'en')).toEqual({ first: '2015-03-12', more: 0, written: 'Thursday, 12 March 2015' });
});
