import { render } from 'preact';
import './styles.css';
import { SiteApp } from './site/SiteApp';
import { HostConsole } from './host/HostConsole';

/** Two screens in one app: the host console at /host, the site screen everywhere else (/site). */
const root = document.getElementById('app')!;
render(window.location.pathname.startsWith('/host') ? <HostConsole /> : <SiteApp />, root);
