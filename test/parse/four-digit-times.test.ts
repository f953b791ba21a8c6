// Four-digit 24-hour times (`0915 – 0930`, `1600 hrs`) versus years (synthetic).
import { expect, test } from 'vitest';
import { matchLeadingTime, parseTimeRange } from '../../src/parse/time.js';

const read = (text: string) => {
  const m = matchLeadingTime(text);
  return m && [m.start, m.end, m.rest];
};

test('ranges, a leading zero or hrs make a four-digit number a time', () => {
  expect(read('0915 – 0930 Registration')).toEqual(['09:15', '09:30', 'Registration']);
  expect(read('• 1400-1445 Workshop')).toEqual(['14:00', '14:45', 'Workshop']);
  expect(read('0930 Welcome')).toEqual(['09:30', null, 'Welcome']);
  expect(read('1230 hrs Lunch')).toEqual(['12:30', null, 'Lunch']);
  expect(read('From 1400 to 1530 hrs: panel')).toEqual(['14:00', '15:30', 'panel']);
  expect(parseTimeRange('0930 to 1600')).toMatchObject({ start: '09:30', end: '16:00' });
});

test('years and other numbers stay what they are', () => {
  expect(read('2012 – 2013 : bilan')).toBeNull();
  expect(read('2005 – 2015 : dix ans d’action')).toBeNull();
  expect(read('1998 – 2004')).toBeNull();
  expect(read('1600 participants attendus')).toBeNull();
  expect(read('2012 rapport annuel')).toBeNull();
  expect(read('0033 0079 0125 0171')).toBeNull(); // a table of character codes
  expect(read('1050-1057 Smith, J. (2001) Anesthesiology')).toBeNull(); // a page range
});
