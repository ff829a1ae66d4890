import { EntityManager, IsNull } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertAdmin, assertSignedIn } from '../access/access';
import { badInput, conflict, ErrorReason } from '../common/errors';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { assertOptionalId } from '../common/ids';
import { byVietnameseName, searchKey } from '../common/vietnamese-text';
import { Database, isUniqueViolation } from '../db/database';
import { trimmedOrNull } from '../common/validation';
import { Unit, UnitLevel } from './unit.entity';

export type NewUnit = {
  name: string;
  level: UnitLevel;
  parentId?: string | null;
  fullName?: string | null;
  placeName?: string | null;
};

/** The units tree (đơn vị): reference data, kept by ADMIN, read by everyone signed in. */
export class UnitService {
  constructor(private readonly db: Database) {}

  async children(actor: Actor | null, parentId: string | null | undefined): Promise<Unit[]> {
    assertSignedIn(actor);
    assertOptionalId('parentId', parentId);
    const units = await this.db.read((m) => m.find(Unit, { where: { parentId: parentId ?? IsNull() } }));
    return byVietnameseName(units, (u) => u.name);
  }

  async create(actor: Actor | null, input: NewUnit): Promise<Unit> {
    assertAdmin(actor);
    assertOptionalId('input.parentId', input.parentId);
    const name = input.name.trim();
    const parentId = input.parentId ?? null;
    const taken = (same: Unit) =>
      conflict(
        ErrorReason.UNIT_NAME_TAKEN,
        { unitId: same.id, name: same.name },
        { name: same.name },
        { field: 'input.name' },
      );
    const sameName = (m: EntityManager) =>
      m.findOne(Unit, { where: { nameKey: searchKey(name), parentId: parentId ?? IsNull() } });
    try {
      return await this.db.transaction(async (m) => {
        if (parentId && !(await m.exists(Unit, { where: { id: parentId } }))) {
          throw badInput('input.parentId', ErrorReason.UNKNOWN_UNIT);
        }
        const siblings = await m.count(Unit, { where: { parentId: parentId ?? IsNull() } });
        assertRoom(siblings, LIST_CAPS.unitsPerParent, 'input.parentId', 'units under one parent');
        const same = await sameName(m);
        if (same) throw taken(same);
        const fullName = trimmedOrNull(input.fullName);
        const placeName = trimmedOrNull(input.placeName);
        return await m.save(m.create(Unit, { name, level: input.level, parentId, fullName, placeName }));
      });
    } catch (e) {
      // The same name created at the same moment: the unique index decides, the loser is told who won.
      const winner = isUniqueViolation(e) ? await this.db.read(sameName) : null;
      if (winner) throw taken(winner);
      throw e;
    }
  }

  /** Units by id, for loaders. */
  async byIds(ids: readonly string[]): Promise<Unit[]> {
    if (ids.length === 0) return [];
    return this.db.read((m) => m.createQueryBuilder(Unit, 'u').where('u.id IN (:...ids)', { ids }).getMany());
  }
}
