import { describe, expect, test } from 'vitest';
import { matchLeadingTime, parseTimeRange } from '../../src/parse/time.js';

describe('times as programmes write them', () => {
  test.each([
    ['9h : Accueil café', '09:00', null, 'Accueil café'],
    ['9h30 - 9h50\u00a0: Introduction', '09:30', '09:50', 'Introduction'],
    ['9h50 – 11h\u00a0: Présentation', '09:50', '11:00', 'Présentation'],
    ['11h30-12h30\u00a0: 1er temps', '11:30', '12:30', '1er temps'],
    ['9 h 30 – 10 h 15 Ouverture', '09:30', '10:15', 'Ouverture'],
    ['9H30 Accueil', '09:30', null, 'Accueil'],
    ['09:30\tWelcome', '09:30', null, 'Welcome'],
    ['9.30  Coffee', '09:30', null, 'Coffee'],
    ['9:30 am Registration', '09:30', null, 'Registration'],
    ['9:30 AM Registration', '09:30', null, 'Registration'],
    ['9am Keynote', '09:00', null, 'Keynote'],
    ['12.30pm Lunch', '12:30', null, 'Lunch'],
    ['12am Midnight feast', '00:00', null, 'Midnight feast'],
    ['9–10.30am Panel', '09:00', '10:30', 'Panel'],
    ['11am-1pm Lunch', '11:00', '13:00', 'Lunch'],
    ['10:00 to 11:00 Talk', '10:00', '11:00', 'Talk'],
    ['de 14h à 15h30 : Atelier', '14:00', '15:30', 'Atelier'],
    ['De 14h à 15h30 : Atelier', '14:00', '15:30', 'Atelier'],
    ['14h—15h Débat', '14:00', '15:00', 'Débat'],
    ['14h00Pause', '14:00', null, 'Pause'],
    ['• 10h Visite', '10:00', null, 'Visite'],
    ['9 heures 30 : Accueil', '09:30', null, 'Accueil'],
    ['14.00 hrs Lunch', '14:00', null, 'Lunch'],
    ['14.00h Déjeuner', '14:00', null, 'Déjeuner'],
  ])('%j', (text, start, end, rest) => {
    expect(matchLeadingTime(text)).toMatchObject({ start, end, rest });
  });

  test('"à partir de 18h" is an open-ended start', () => {
    expect(matchLeadingTime('à partir de 18h : Cocktail')).toMatchObject({ start: '18:00', end: null, openEnded: true, rest: 'Cocktail' });
    expect(matchLeadingTime('From 6pm drinks')).toMatchObject({ start: '18:00', openEnded: true });
  });

  test.each(['2013 was a good year', '1er temps d’échanges', '10 personnes', '12/03/2015', '25h Marathon', '9h75 nothing', '3 rue de la Paix'])('%j is no time', (text) => {
    expect(matchLeadingTime(text)).toBeNull();
  });

  test('a lone range is a range, a range with text is not', () => {
    expect(parseTimeRange('9h30 - 16h45')).toMatchObject({ start: '09:30', end: '16:45' });
    expect(parseTimeRange('9h30 - 16h45 : Ateliers')).toBeNull();
  });
});
