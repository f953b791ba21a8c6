import { describe, expect, test } from 'vitest';
import { matchLeadingTime, matchTrailingTime, parseTimeRange } from '../../src/parse/time.js';

describe('noon and midnight in words are times where a time stands', () => {
  test.each([
    ['Midi – Repas sur place', '12:00', null, 'Repas sur place'],
    ['midi : buffet', '12:00', null, 'buffet'],
    ['MIDI - Buffet', '12:00', null, 'Buffet'],
    ['Noon – Networking lunch', '12:00', null, 'Networking lunch'],
    ['Midday: sandwiches', '12:00', null, 'sandwiches'],
    ['10.30 – 12 noon Panel', '10:30', '12:00', 'Panel'],
    ['12 noon – 1.15 Lunch', '12:00', '13:15', 'Lunch'],
    ['12.30 – 1.30 Lunch', '12:30', '13:30', 'Lunch'],
    ['23h – 1h Bal', '23:00', '01:00', 'Bal'],
    ['noon to 2pm: Lunch', '12:00', '14:00', 'Lunch'],
    ['Minuit – Clôture', '00:00', null, 'Clôture'],
    ['Midnight - Fireworks', '00:00', null, 'Fireworks'],
  ])('%j', (text, start, end, rest) => {
    expect(matchLeadingTime(text)).toMatchObject({ start, end, rest });
  });

  test('a whole range with noon, as day hours', () => {
    expect(parseTimeRange('7.30am - 12 noon')).toMatchObject({ start: '07:30', end: '12:00' });
    expect(parseTimeRange('Midi')).toMatchObject({ start: '12:00', end: null });
  });

  test.each(['Midi-Pyrénées : bilan régional', 'Midis du réseau', 'Noonday sun', 'Midi, les équipes se retrouvent au parc', 'Middays'])('%j is no time', (text) => {
    expect(matchLeadingTime(text)).toBeNull();
  });

  test('at the end only after a separator', () => {
    expect(matchTrailingTime('Closing remarks - noon')).toMatchObject({ start: '12:00', rest: 'Closing remarks' });
    expect(matchTrailingTime('Buffet ........ midi')).toMatchObject({ start: '12:00', rest: 'Buffet' });
    expect(matchTrailingTime('Balade le long du Canal du Midi')).toBeNull();
    expect(matchTrailingTime('Sessions resume shortly after noon')).toBeNull();
  });
});
