import { useEffect, useState } from 'preact/hooks';
import { FeedState, MeetingFeed } from './feed';

/** A feed's state, re-rendered on each change. */
export function useFeed(feed: MeetingFeed): FeedState {
  const [state, setState] = useState(feed.current);
  useEffect(() => feed.subscribe(setState), [feed]);
  return state;
}

/** This PC's clock, ticking (for timers): re-renders every `ms`. */
export function useNow(ms = 250): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
