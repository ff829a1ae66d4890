import { useEffect, useState } from 'preact/hooks';

/** The console's pages: the list, a meeting's preparation, its live screen. */
export type Route = { page: 'list' } | { page: 'prepare' | 'live'; meetingId: string } | { page: 'new' };

export function parseRoute(path: string): Route {
  const [, , section, id, view] = path.split('/');
  if (section === 'meetings' && id === 'new') return { page: 'new' };
  if (section === 'meetings' && id) return { page: view === 'live' ? 'live' : 'prepare', meetingId: id };
  return { page: 'list' };
}

export function pathOf(route: Route): string {
  switch (route.page) {
    case 'list':
      return '/host';
    case 'new':
      return '/host/meetings/new';
    case 'prepare':
      return `/host/meetings/${route.meetingId}`;
    case 'live':
      return `/host/meetings/${route.meetingId}/live`;
  }
}

/** Moves to a page in the browser's history (back and forward work). */
export function navigate(route: Route): void {
  window.history.pushState(null, '', pathOf(route));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', changed);
    return () => window.removeEventListener('popstate', changed);
  }, []);
  return route;
}
