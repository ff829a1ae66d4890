/**
 * Vietnamese text as people search and sort it. Input is NFC already (graphql/input-text.ts); this
 * is about what counts as the same letters.
 */

const MARKS = /\p{M}/gu;

/**
 * The search key of a text: lower case, without tone marks and diacritics, đ read as d, spaces
 * collapsed ("Thành phố  TUY HÒA" → "thanh pho tuy hoa"). People type without marks, in capitals or
 * with a keyboard that sends NFD; the key is the same whatever the database's collation, so search
 * and uniqueness agree on SQLite and MariaDB. đ has no decomposition in Unicode: it is mapped by hand.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern finding `key` anywhere, with '!' escaping LIKE's wildcards (read alike by both dialects). */
export const containsPattern = (key: string): string => `%${key.replace(/[!%_]/g, '!$&')}%`;

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after letters, case ignored before
 * marks): "Đồng Xuân" < "Sơn Hòa" < "Tây Hòa" < "thành phố Tuy Hòa". Lists named by people are
 * sorted here rather than in SQL, where SQLite compares bytes ("Tây" before "Đồng") and MariaDB's
 * utf8mb4_unicode_ci does not know Vietnamese letters.
 */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);

/** `rows` sorted by `name` in Vietnamese order (a new array). */
export const byVietnameseName = <T>(rows: readonly T[], name: (row: T) => string): T[] =>
  [...rows].sort((a, b) => compareVietnamese(name(a), name(b)));
