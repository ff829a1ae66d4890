import i18next from 'i18next';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import type { ErrorReason } from '../common/error-reason';
import { en } from './errors.en';
import { vi } from './errors.vi';

/** The languages of the messages; Vietnamese first (the default, and the answer to `*`). */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type MessageParams = Record<string, string | number>;

const catalogue = i18next.createInstance();
void catalogue.init({
  lng: 'vi',
  fallbackLng: 'vi',
  resources: { vi: { errors: vi }, en: { errors: en } },
  defaultNS: 'errors',
  initAsync: false,
  // Messages are JSON strings, never HTML: values are put in as they are.
  interpolation: { escapeValue: false },
});

/** The message of `reason` in `language`, with `params` put in. */
export function errorMessage(reason: ErrorReason, params: MessageParams, language: Language): string {
  return catalogue.t(reason, { ...params, lng: language });
}

/**
 * Each header's language, as negotiated: clients send the same few headers with every request, and
 * negotiating one (parsed, ranked) took ~20 µs of each host command. Only headers of a usual length
 * are kept, so that made-up ones cannot fill memory.
 */
const negotiated = new LRUCache<string, Language>({ max: 1000 });
const NEGOTIATED_HEADER_MAX = 200;

/** The language an `Accept-Language` header asks for among ours (Vietnamese when none fits). */
export function languageOf(acceptLanguage: unknown): Language {
  const header = typeof acceptLanguage === 'string' ? acceptLanguage : '';
  let language = negotiated.get(header);
  if (language === undefined) {
    const best = new Negotiator({ headers: { 'accept-language': header || undefined } }).language([
      ...LANGUAGES,
    ]);
    language = (best as Language | undefined) ?? 'vi';
    if (header.length <= NEGOTIATED_HEADER_MAX) negotiated.set(header, language);
  }
  return language;
}
