import { LoginMutation } from '@diemcau/client';
import { storedSession } from '../stored';

/** A host's sign-in, kept across reloads of the console (not beyond the token's expiry). */
export type HostSession = {
  token: string;
  expiresAt: string;
  user: LoginMutation['login']['user'];
};

export const hostSession = storedSession<HostSession>('diemcau.host.session');
