import { describe, expect, it } from 'vitest';
import { splitStoreLiteral } from './split-string-literal.ts';

/** The value a module's `export default` expression gives. */
function valueOf(code: string): unknown {
  return new Function(`return ${code.replace(/^export default /, '')}`)();
}

describe('splitStoreLiteral', () => {
  const store = JSON.stringify({ stories: [['2021/03/port', { title: 'Gdańsk dockers strike — 港口罢工 🚢', html: '<p>"Quoted" \\ back\nslash</p>' }]] });
  const module = `export default JSON.parse(${JSON.stringify(store)})`;

  it('gives the same value from many short literals, wherever the cuts fall', () => {
    for (const length of [1, 2, 3, 7, 64, store.length, store.length + 1]) {
      const split = splitStoreLiteral(module, length);
      expect(split, String(length)).toBeDefined();
      expect(split!.split('\n').length).toBe(Math.ceil(store.length / length));
      expect(valueOf(split!)).toEqual(valueOf(module));
    }
  });

  it('leaves any other code alone', () => {
    expect(splitStoreLiteral('export default new Map()')).toBeUndefined();
    expect(splitStoreLiteral('export default JSON.parse("a") + JSON.parse("b")')).toBeUndefined();
    expect(splitStoreLiteral('export default JSON.parse("[1]", reviver)')).toBeUndefined();
  });
});
