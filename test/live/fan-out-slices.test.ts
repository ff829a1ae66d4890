import { Slices } from '../../server/common/slices';

/**
 * A fan-out's writes go in slices, each in a turn of the event loop of its own: what else is queued
 * (another meeting's command, its I/O) runs between two slices, not after the last write.
 */
describe('Slices', () => {
  /** `jobs` jobs started at once, each logging when it runs; and work queued by someone else meanwhile. */
  async function fanOut(size: number, jobs: number) {
    const slices = new Slices(size);
    const ran: string[] = [];
    const all = Array.from({ length: jobs }, async (_, i) => {
      const turn = slices.turn();
      if (turn) await turn;
      ran.push(`job ${i}`);
    });
    setImmediate(() => ran.push('other work'));
    await Promise.all(all);
    await new Promise((resolve) => setImmediate(resolve));
    return ran;
  }

  it('lets the first slice run at once and the rest in later turns, in order, with other work in between', async () => {
    const ran = await fanOut(10, 35);
    const jobs = ran.filter((r) => r !== 'other work');
    expect(jobs).toEqual(Array.from({ length: 35 }, (_, i) => `job ${i}`));
    const other = ran.indexOf('other work');
    expect(other).toBeGreaterThanOrEqual(10);
    expect(other).toBeLessThan(ran.indexOf('job 34'));
  });

  it('holds nothing back when the jobs fit in one slice', async () => {
    const ran = await fanOut(10, 10);
    expect(ran.at(-1)).toBe('other work');
  });
});
