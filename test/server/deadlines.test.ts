import { setTimeout as sleep } from 'node:timers/promises';
import { Deadlines } from '../../server/common/deadlines';

/** One timer for many keys: each expires once, in the order of its deadline, unless cleared. */
describe('Deadlines', () => {
  it('expires each key once, skips a cleared one, and moves a key started again to its new place', async () => {
    const expired: string[] = [];
    const deadlines = new Deadlines<string>(300, (key) => expired.push(key));
    deadlines.start('a');
    deadlines.start('gone');
    await sleep(20);
    deadlines.start('b');
    deadlines.clear('gone');
    await sleep(20);
    deadlines.start('a'); // now due after b
    while (expired.length < 2) await sleep(10);
    await sleep(350);
    expect(expired).toEqual(['b', 'a']);
    deadlines.stop();
  });

  it('never expires anything with a delay of 0', async () => {
    const expired: string[] = [];
    const deadlines = new Deadlines<string>(0, (key) => expired.push(key));
    deadlines.start('a');
    await sleep(50);
    expect(expired).toEqual([]);
  });
});
