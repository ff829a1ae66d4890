import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { Client, UnitFieldsFragment, UnitsDocument } from '@diemcau/client';
import { HostSession } from './session';

export type Unit = UnitFieldsFragment;

/** The signed-in host's API client, with the unit tree read once per level. */
export class HostWorkspace {
  private readonly children = new Map<string, Promise<Unit[]>>();

  constructor(
    readonly client: Client,
    readonly session: HostSession,
    readonly signOut: () => void,
  ) {}

  /** The units under `parentId`, or the top of the tree. */
  unitsUnder(parentId: string | null): Promise<Unit[]> {
    const key = parentId ?? '';
    let units = this.children.get(key);
    if (!units) {
      units = this.client.request(UnitsDocument, { parentId }).then((data) => data.units);
      units.catch(() => this.children.delete(key));
      this.children.set(key, units);
    }
    return units;
  }
}

export const WorkspaceContext = createContext<HostWorkspace | null>(null);

export function useWorkspace(): HostWorkspace {
  return useContext(WorkspaceContext)!;
}
