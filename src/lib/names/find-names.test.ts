import { describe, expect, it } from 'vitest';
import { findNames, NAME_TEXT_LIMIT } from './find-names.ts';

describe('findNames', () => {
  it('finds people without their titles, places and organisations', () => {
    const names = findNames(
      'President Vladimir Putin arrived in Magnitogorsk on Monday. The World Health Organization (WHO) sent doctors, and WHO staff stayed. Emergencies Minister Yevgeny Zinichev visited the wounded in Moscow.',
      'en',
    );
    expect(names.people).toEqual(['Vladimir Putin', 'Yevgeny Zinichev']);
    expect(names.places).toEqual(expect.arrayContaining(['Magnitogorsk', 'Moscow']));
    expect(names.organisations).toEqual(['World Health Organization']);
  });

  it('keeps a hyphenated name whole and a surname alone as the person named in full', () => {
    const names = findNames('Photojournalist Ziad al-Sharabi was killed in Mokha. Al-Sharabi had worked there for years, and Sharabi was well known.', 'en');
    expect(names.people).toEqual(['Ziad al-Sharabi']);
  });

  it('tells two organisations joined by "and" from one whose name holds "and"', () => {
    const names = findNames('Ford told the U.S. Securities and Exchange Commission about it. Later, AP and NBC News called the race.', 'en');
    expect(names.organisations).toEqual(expect.arrayContaining(['U.S. Securities and Exchange Commission', 'AP', 'NBC News']));
    expect(names.organisations).not.toContain('AP and NBC News');
  });

  it('splits a person from the body they speak for', () => {
    const names = findNames('Carl Hensman of the Bill and Melinda Gates Foundation welcomed the design.', 'en');
    expect(names.people).toEqual(['Carl Hensman']);
    expect(names.organisations).toEqual(['Bill and Melinda Gates Foundation']);
  });

  it('lists no nationality, storm or weekday as a name', () => {
    const names = findNames('Russian rescuers and Cuban officials met on Friday as Hurricane Humberto neared Bermuda.', 'en');
    expect([...names.people, ...names.organisations]).toEqual([]);
    expect(names.places).toEqual(['Bermuda']);
  });

  it('finds a person new to the lexicon when the text names them in full and then by surname', () => {
    const names = findNames('The flight was made by Franky Zapata from Sangatte. Zapata said the wind was strong.', 'en');
    expect(names.people).toEqual(['Franky Zapata']);
  });

  it('takes no shouted word, interviewer label or technical abbreviation for an organisation', () => {
    const names = findNames(
      'The court ABSTAINS from ruling, its order said.\n\n((WN)) How did the study begin?\n\nWSS: Which president do you admire?\n\nThe NHS said HIV tests and the URL were ready. UNICEF agreed.',
      'en',
    );
    expect(names.organisations).toEqual(['NHS', 'UNICEF']);
  });

  it('keeps an owner a person and a name from running on past "the"', () => {
    const names = findNames("Biden served under Barack Obama's administration. In 1984, that made Geraldine Ferraro the Democratic Party's first female candidate.", 'en');
    expect(names.people).toEqual(expect.arrayContaining(['Barack Obama', 'Geraldine Ferraro']));
    expect(names.organisations).toEqual(['Democratic Party']);
  });

  it('takes no institution or faith for a place, and no title for part of a name', () => {
    const names = findNames('The bill passed in Parliament and in Congress. Islam teaches charity, said Assemblywoman Selena Torres. Cosmonaut Alexei Leonov agreed.', 'en');
    expect(names.places).toEqual([]);
    expect(names.people).toEqual(['Selena Torres', 'Alexei Leonov']);
  });

  it('gives a story in another language no names rather than wrong ones', () => {
    expect(findNames('Le président Emmanuel Macron est arrivé à Paris.', 'fr')).toEqual({ people: [], places: [], organisations: [] });
    expect(findNames('東京で地震があった。', 'en')).toEqual({ people: [], places: [], organisations: [] });
  });

  it('reads only the opening of a long story', () => {
    const filler = 'The committee met again and talked for a long time about the plans. '.repeat(Math.ceil(NAME_TEXT_LIMIT / 60));
    const names = findNames(`Angela Merkel spoke in Berlin. ${filler} Later Boris Johnson spoke in London.`, 'en');
    expect(names.people).toEqual(['Angela Merkel']);
    expect(names.places).toEqual(['Berlin']);
  });
});
