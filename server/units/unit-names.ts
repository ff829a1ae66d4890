/**
 * How a unit is named on the documents it issues (Nghị định 30/2020/NĐ-CP): written out in full
 * ("VKSND tỉnh Phú Yên" → "Viện kiểm sát nhân dân tỉnh Phú Yên"), and the place of issue.
 */

/** What the names of units shorten, longest first; whole words only. */
const ABBREVIATIONS: readonly [string, string][] = [
  ['Viện KSND', 'Viện kiểm sát nhân dân'],
  ['VKSND', 'Viện kiểm sát nhân dân'],
  ['KSND', 'Kiểm sát nhân dân'],
  ['VKS', 'Viện kiểm sát'],
];

const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
const EXPANSIONS = ABBREVIATIONS.map(([short, full]) => [wholeWord(short), full] as const);

export function expandUnitName(name: string): string {
  return EXPANSIONS.reduce((text, [short, full]) => text.replace(short, full), name.trim());
}

/** A unit's name in full: the stored one, else the short name expanded. */
export const fullNameOf = (unit: { name: string; fullName: string | null }): string =>
  unit.fullName ?? expandUnitName(unit.name);

/**
 * The place a unit's name gives: what follows its administrative word ("… tỉnh Quảng Ngãi" →
 * "Quảng Ngãi", "… cấp cao tại Đà Nẵng" → "Đà Nẵng"); the supreme procuracy is in Hà Nội.
 */
export function placeInName(name: string): string | null {
  if (/tối cao/iu.test(name)) return 'Hà Nội';
  return /(?:^|\s)(?:tỉnh|thành phố|thị xã|huyện|quận|tại)\s+(\S.*)$/iu.exec(name.trim())?.[1] ?? null;
}

/**
 * Where a unit issues its documents: its own place, else its name's, else its parent's (a steering
 * committee — Ban Chỉ đạo — issues where the procuracy it belongs to does). `lineage` runs from the
 * unit up to the top of the tree.
 */
export function placeOfLineage(
  lineage: readonly { name: string; placeName: string | null }[],
): string | null {
  for (const unit of lineage) {
    const place = unit.placeName ?? placeInName(unit.name);
    if (place) return place;
  }
  return null;
}

/** Capitals as the heading of a document writes agency names. */
export const capitals = (text: string): string => text.toLocaleUpperCase('vi');
