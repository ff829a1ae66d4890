import { EntityManager, In } from 'typeorm';
import { Unit } from './unit.entity';
import { capitals, fullNameOf, placeOfLineage } from './unit-names';

/** Units with their ancestors (the parent agency, the place of issue), a level of the tree a query. */
export async function unitsWithAncestors(
  m: EntityManager,
  ids: Iterable<string>,
): Promise<Map<string, Unit>> {
  const units = new Map<string, Unit>();
  let missing = [...new Set(ids)];
  while (missing.length > 0) {
    for (const u of await m.find(Unit, { where: { id: In(missing) } })) units.set(u.id, u);
    missing = [
      ...new Set(
        [...units.values()].flatMap((u) => (u.parentId && !units.has(u.parentId) ? [u.parentId] : [])),
      ),
    ];
  }
  return units;
}

/** A unit and its ancestors, from it up to the top of the tree. */
export function lineageOf(units: Map<string, Unit>, unit: Unit | undefined): Unit[] {
  const lineage: Unit[] = [];
  for (let u = unit; u; u = u.parentId ? units.get(u.parentId) : undefined) lineage.push(u);
  return lineage;
}

/** How an issuing unit heads its documents: its parent agency and itself in full capitals, its place. */
export type Agency = { parentAgency: string | null; agency: string | null; place: string | null };

export function agencyOf(lineage: Unit[]): Agency {
  const [unit, parent] = lineage;
  return {
    parentAgency: parent ? capitals(fullNameOf(parent)) : null,
    agency: unit ? capitals(fullNameOf(unit)) : null,
    place: placeOfLineage(lineage),
  };
}
