import { describe, expect, it } from 'vitest';
import { pageHeadline } from './page-headline.ts';

describe('the headline a page shows', () => {
  it('takes the one headline-sized <h1> when it shares a word with the declared headline', () => {
    expect(pageHeadline({ shown: ['The Deck of Cards That Made Tarot A Global Phenomenon'], declared: ["If You Can Picture A Tarot Card, It's Because of These 3 People"], names: [] }))
      .toBe('The Deck of Cards That Made Tarot A Global Phenomenon');
  });

  it('passes over a logo or a show name in an <h1>', () => {
    expect(pageHeadline({ shown: ['Harbour Herald', 'Good Morning America'], declared: ['Veteran Wraps Baby in American Flag'], names: ['Harbour Herald'] })).toBe('Veteran Wraps Baby in American Flag');
    expect(pageHeadline({ shown: ['msn back to msn home news'], declared: ["Nintendo's first iPhone game will launch in December"], names: [] })).toBe("Nintendo's first iPhone game will launch in December");
  });

  it('knows a site’s name in an <h1> by the declared headline ending with it', () => {
    expect(pageHeadline({ shown: ['Harbour Herald Daily'], declared: ['Harbour floods after storm | Harbour Herald Daily'], names: [] })).toBe('Harbour floods after storm');
  });

  it('cuts the site’s or the author’s name off the end of a declared headline, and nothing else', () => {
    const names = ['Aktuálně.cz', 'Eleanor Ainge Roy'];
    expect(pageHeadline({ shown: [], declared: ['West Ham hrozí gigantům | Aktualne.cz'], names })).toBe('West Ham hrozí gigantům');
    expect(pageHeadline({ shown: [], declared: ['Whales strand on the coast | Eleanor Ainge Roy | Aktuálně.cz'], names })).toBe('Whales strand on the coast');
    expect(pageHeadline({ shown: [], declared: ['Spider-Man - the musical opens'], names })).toBe('Spider-Man - the musical opens');
  });

  it('counts characters, not spaces, in scripts written without them', () => {
    expect(pageHeadline({ shown: ['宇航员在太空中喝酒会怎么样'], declared: ['宇航员在太空中喝酒会怎么样？后果很严重'], names: [] })).toBe('宇航员在太空中喝酒会怎么样');
  });
});
