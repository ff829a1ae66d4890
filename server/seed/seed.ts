/**
 * Loads the reference meetings (server/seed/scenarios, taken from real reports) through the public
 * GraphQL API, so seeded data obeys every rule a host's would. Idempotent: units are matched by
 * name under their parent, and a meeting already seeded (same title and organizer) is left as is.
 */
import quangNgai from './scenarios/quang-ngai-2022-04-28.json';
import phuYen from './scenarios/phu-yen-monthly-briefing.json';
import supreme from './scenarios/supreme-2024-01-26.json';

/** Runs one GraphQL operation as an administrator and returns its data (throws on errors). */
export type Gql = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any

type ScenarioUnit = { unit: string; level: string; name: string };
type ScenarioParticipant = { name: string; position: string; unit: string; role: string };
type ScenarioItem = {
  title: string;
  kind: string;
  presenter?: string;
  plannedMinutes?: number;
  documents?: string[];
};
export type Scenario = {
  title: string;
  kind: string;
  format: string;
  date?: string;
  session?: string;
  plan?: string;
  organizer: string;
  hostPoint: ScenarioUnit;
  sites: ScenarioUnit[];
  participants: ScenarioParticipant[];
  agenda: ScenarioItem[];
  /** What the chair concluded, with the directives to units (for demos and tests that run the meeting). */
  conclusion?: { by: string; directives: { assignee: string; task: string }[] };
};

export const scenarios: Record<string, Scenario> = {
  'quang-ngai-2022-04-28': quangNgai,
  'phu-yen-monthly-briefing': phuYen,
  'supreme-2024-01-26': supreme,
};
export const DEFAULT_SCENARIO = 'quang-ngai-2022-04-28';

/** Aliased mutations per request: under the default alias limit of the server. */
const BATCH = 25;
const SUPREME = 'VKSND tối cao';
const enumOf = (v: string) => v.toUpperCase();

type UnitRequest = { name: string; level: string; parentId: string | null };

/** Finds or creates units by name under a parent, remembering what it has seen. */
class UnitDirectory {
  private readonly children = new Map<string, Map<string, string>>();

  constructor(private readonly gql: Gql) {}

  async ensure(name: string, level: string, parentId: string | null): Promise<string> {
    const [id] = await this.ensureAll([{ name, level, parentId }]);
    return id;
  }

  /**
   * The ids of `units`, in order: the children of their parents learnt BATCH parents per request,
   * the missing ones created BATCH per request (the national tree is 764 units).
   */
  async ensureAll(units: UnitRequest[]): Promise<string[]> {
    await this.learn([...new Set(units.map((u) => u.parentId))].filter((p) => !this.children.has(p ?? '')));
    const names = (u: UnitRequest) => this.children.get(u.parentId ?? '')!;
    const missing = new Map<string, UnitRequest>();
    for (const u of units) if (!names(u).has(u.name)) missing.set(`${u.parentId ?? ''}\n${u.name}`, u);
    const toCreate = [...missing.values()];
    const created = await batch(this.gql, toCreate, 'CreateUnitInput', 'createUnit', (u) => u);
    toCreate.forEach((u, i) => names(u).set(u.name, created[i]));
    return units.map((u) => names(u).get(u.name)!);
  }

  /** Reads the children of `parentIds`, BATCH parents per request. */
  private async learn(parentIds: (string | null)[]): Promise<void> {
    for (let at = 0; at < parentIds.length; at += BATCH) {
      const chunk = parentIds.slice(at, at + BATCH);
      const vars = chunk.map((_, i) => `$p${i}: ID`).join(', ');
      const fields = chunk.map((_, i) => `u${i}: units(parentId: $p${i}) { id name }`).join('\n');
      const data = await this.gql<Record<string, { id: string; name: string }[]>>(
        `query(${vars}) {\n${fields}\n}`,
        Object.fromEntries(chunk.map((p, i) => [`p${i}`, p])),
      );
      chunk.forEach((p, i) => this.children.set(p ?? '', new Map(data[`u${i}`].map((u) => [u.name, u.id]))));
    }
  }

  /** Places a unit of a scenario in the tree: provinces under the supreme, the rest under the organizer. */
  async place(name: string, level: string | undefined, organizerId: string): Promise<string> {
    const supremeId = await this.ensure(SUPREME, 'SUPREME', null);
    if (name === SUPREME) return supremeId;
    const lvl = level ? enumOf(level) : guessLevel(name);
    if (lvl === 'PROVINCIAL' || lvl === 'HIGH') return this.ensure(name, lvl, supremeId);
    return this.ensure(name, lvl, organizerId);
  }
}

function guessLevel(name: string): string {
  if (/^VKSND (tỉnh|thành phố Hà Nội|thành phố Hồ Chí Minh)/.test(name)) return 'PROVINCIAL';
  if (/^VKSND (huyện|thị xã|thành phố|quận)/.test(name)) return 'DISTRICT';
  if (/^(Ban|Các)/.test(name)) return 'OTHER';
  return 'DEPARTMENT';
}

/** 07:30 (morning) or 13:30 (afternoon) in Vietnam (UTC+7) on the scenario's date. */
function scheduledStart(s: Scenario): string | null {
  if (!s.date) return null;
  const hour = s.session === 'afternoon' ? 6 : 0;
  return new Date(`${s.date}T${String(hour).padStart(2, '0')}:30:00.000Z`).toISOString();
}

export async function seedScenario(
  gql: Gql,
  scenario: Scenario,
): Promise<{ meetingId: string; created: boolean }> {
  const units = new UnitDirectory(gql);
  const supremeId = await units.ensure(SUPREME, 'SUPREME', null);
  const organizerId =
    scenario.organizer === SUPREME
      ? supremeId
      : await units.ensure(scenario.organizer, 'PROVINCIAL', supremeId);

  const existing = await gql<{ meetings: { edges: { node: { id: string; title: string } }[] } }>(
    'query($f: MeetingFilter) { meetings(filter: $f, first: 100) { edges { node { id title } } } }',
    { f: { organizerId, search: scenario.title } },
  );
  const same = existing.meetings.edges.find((e) => e.node.title === scenario.title);
  if (same) return { meetingId: same.node.id, created: false };

  const hostUnitId = await units.place(scenario.hostPoint.unit, scenario.hostPoint.level, organizerId);
  const start = scheduledStart(scenario);
  const { createMeeting } = await gql<{ createMeeting: { id: string } }>(
    'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    {
      input: {
        title: scenario.title,
        kind: enumOf(scenario.kind),
        format: enumOf(scenario.format),
        planReference: scenario.plan ?? null,
        organizerId,
        hostUnitId,
        scheduledStart: start,
        scheduledEnd: start ? new Date(Date.parse(start) + 4 * 3600_000).toISOString() : null,
      },
    },
  );
  const meetingId = createMeeting.id;

  const pointByUnit = new Map<string, string>();
  const addPoint = async (p: ScenarioUnit, role: 'HOST' | 'SITE') => {
    const unitId = await units.place(p.unit, p.level, organizerId);
    const { addConnectionPoint } = await gql<{ addConnectionPoint: { id: string } }>(
      'mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { id } }',
      { input: { meetingId, unitId, role, name: p.name } },
    );
    pointByUnit.set(p.unit, addConnectionPoint.id);
  };
  await addPoint(scenario.hostPoint, 'HOST');
  for (const site of scenario.sites) await addPoint(site, 'SITE');
  const hostPointId = pointByUnit.get(scenario.hostPoint.unit)!;

  const participantByName = new Map<string, string>();
  for (const p of scenario.participants) {
    const unitId = await units.place(p.unit, undefined, organizerId);
    const { addParticipant } = await gql<{ addParticipant: { id: string } }>(
      'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }',
      {
        input: {
          meetingId,
          connectionPointId: pointByUnit.get(p.unit) ?? hostPointId,
          unitId,
          name: p.name,
          position: p.position,
          role: enumOf(p.role),
        },
      },
    );
    participantByName.set(p.name, addParticipant.id);
  }

  for (const item of scenario.agenda) {
    await gql('mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }', {
      input: {
        meetingId,
        title: item.title,
        kind: enumOf(item.kind),
        plannedMinutes: item.plannedMinutes ?? null,
        presenterId: (item.presenter && participantByName.get(item.presenter)) || null,
        documents: item.documents ?? [],
      },
    });
  }
  await gql('mutation($id: ID!) { scheduleMeeting(id: $id) { id } }', { id: meetingId });
  return { meetingId, created: true };
}

/**
 * The national shape (national-scale.json): the supreme host, 63 provinces, 700 districts, one
 * connection point each, `participants` delegates spread over the sites, `agendaItems` items.
 * Operations are sent in batches of aliased mutations (within the server's alias limit) to keep the load quick.
 */
export async function seedNational(
  gql: Gql,
  shape: {
    provinces?: number;
    districts?: number;
    participants?: number;
    agendaItems?: number;
    title?: string;
  } = {},
): Promise<{ meetingId: string }> {
  const provinces = shape.provinces ?? 63;
  const districts = shape.districts ?? 700;
  const participants = shape.participants ?? 3000;
  const agendaItems = shape.agendaItems ?? 10;
  const units = new UnitDirectory(gql);
  const supremeId = await units.ensure(SUPREME, 'SUPREME', null);

  const provinceIds = await units.ensureAll(
    Array.from({ length: provinces }, (_, i) => ({
      name: `VKSND tỉnh số ${i + 1}`,
      level: 'PROVINCIAL',
      parentId: supremeId,
    })),
  );
  const districtIds = await units.ensureAll(
    Array.from({ length: districts }, (_, i) => ({
      name: `VKSND huyện số ${i + 1} (tỉnh ${(i % provinces) + 1})`,
      level: 'DISTRICT',
      parentId: provinceIds[i % provinces],
    })),
  );

  const { createMeeting } = await gql<{ createMeeting: { id: string } }>(
    'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    {
      input: {
        title: shape.title ?? 'Hội nghị trực tuyến toàn Ngành',
        kind: 'ANNUAL_REVIEW',
        format: 'ONLINE',
        organizerId: supremeId,
        hostUnitId: supremeId,
      },
    },
  );
  const meetingId = createMeeting.id;

  const sites = [
    { unitId: supremeId, role: 'HOST', name: 'Điểm cầu VKSND tối cao' },
    ...provinceIds.map((unitId, i) => ({ unitId, role: 'SITE', name: `Điểm cầu VKSND tỉnh số ${i + 1}` })),
    ...districtIds.map((unitId, i) => ({ unitId, role: 'SITE', name: `Điểm cầu VKSND huyện số ${i + 1}` })),
  ];
  const pointIds = await batch(gql, sites, 'AddConnectionPointInput', 'addConnectionPoint', (s) => ({
    meetingId,
    ...s,
  }));
  await batch(
    gql,
    Array.from({ length: participants }, (_, i) => i),
    'AddParticipantInput',
    'addParticipant',
    (i) => ({
      meetingId,
      connectionPointId: pointIds[i % pointIds.length],
      name: `Đại biểu số ${i + 1}`,
      position: 'Kiểm sát viên',
      role: i < pointIds.length ? 'DELEGATE' : 'GUEST',
    }),
  );
  await batch(
    gql,
    Array.from({ length: agendaItems }, (_, i) => i),
    'AddAgendaItemInput',
    'addAgendaItem',
    (i) => ({
      meetingId,
      title: `Nội dung số ${i + 1}`,
      kind: i === 0 ? 'OPENING' : 'DISCUSSION',
      plannedMinutes: 15,
    }),
  );
  return { meetingId };
}

/** Sends one mutation per item, BATCH aliased mutations per request; returns the new ids in order. */
async function batch<I>(
  gql: Gql,
  items: I[],
  inputType: string,
  mutation: string,
  input: (item: I) => Record<string, unknown>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let at = 0; at < items.length; at += BATCH) {
    const chunk = items.slice(at, at + BATCH);
    const vars = chunk.map((_, i) => `$i${i}: ${inputType}!`).join(', ');
    const fields = chunk.map((_, i) => `m${i}: ${mutation}(input: $i${i}) { id }`).join('\n');
    const variables = Object.fromEntries(chunk.map((item, i) => [`i${i}`, input(item)]));
    const data = await gql<Record<string, { id: string }>>(`mutation(${vars}) {\n${fields}\n}`, variables);
    chunk.forEach((_, i) => ids.push(data[`m${i}`].id));
  }
  return ids;
}
