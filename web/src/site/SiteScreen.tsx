import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { SiteFeed } from './session';
import { useFeed } from '../live/useFeed';
import { Board } from './Board';
import { SitesGrid } from './SitesGrid';
import { OperatorPanel } from './OperatorPanel';

const VIEWS = ['board', 'sites', 'operator'] as const;
type View = (typeof VIEWS)[number];

/** The site's three views over one feed, and the connection banner above them all. */
export function SiteScreen({ feed, onLeave }: { feed: SiteFeed; onLeave: () => void }) {
  const state = useFeed(feed);
  const [view, setView] = useState<View>('board');
  return (
    <div class="screen" data-seq={state.live?.seq ?? 0} data-connected={String(state.connected)}>
      {!state.connected && state.lostAt !== null && (
        <div class="banner" role="status" data-testid="connection-banner">
          {t('connection.lost')}
        </div>
      )}
      <nav class="tabs">
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`tabs.${v}`)}
          </button>
        ))}
        <span class="site-name">{feed.session.siteName}</span>
        <button type="button" class="leave" onClick={onLeave}>
          {t('join.leave')}
        </button>
      </nav>
      {view === 'board' && <Board state={state} session={feed.session} />}
      {view === 'sites' && <SitesGrid state={state} />}
      {view === 'operator' && <OperatorPanel state={state} feed={feed} />}
    </div>
  );
}
