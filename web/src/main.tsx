import { render } from 'preact';
import './styles.css';
import { SiteApp } from './site/SiteApp';

/**
 * Two screens in one app: the host console at /host, the site screen everywhere else (/site). The
 * console is a chunk of its own, so that a room's PC never downloads it.
 */
const root = document.getElementById('app')!;
if (window.location.pathname.startsWith('/host'))
  void import('./host/HostApp').then(({ HostApp }) => render(<HostApp />, root));
else render(<SiteApp />, root);
