import { createContext, useContext, type ReactNode } from 'react';
import type { PanelActions, PanelModel, PanelView } from '@/lib/panel';
import type { TactfulDatabase } from '@/lib/db';
import type { HistoryState } from '@/lib/panel';
import { usePanelStore } from './store';

/** What the views get from the controller: the model that derives the view, and the agent's actions. */
export interface PanelWiring {
  model: PanelModel;
  actions: PanelActions;
  /** The history database, for the views that read and write it themselves (notes). */
  db?: TactfulDatabase;
}

const Wiring = createContext<PanelWiring | null>(null);

export function PanelProvider({ wiring, children }: { wiring: PanelWiring; children: ReactNode }) {
  return <Wiring.Provider value={wiring}>{children}</Wiring.Provider>;
}

function useWiring(): PanelWiring {
  const wiring = useContext(Wiring);
  if (!wiring) throw new Error('The panel is not connected (no PanelProvider).');
  return wiring;
}

export function useActions(): PanelActions {
  return useWiring().actions;
}

/** Everything the panel shows, derived from the store by the model (memoised: same inputs, same view). */
export function usePanelView(): PanelView {
  const { model } = useWiring();
  return usePanelStore((state) => model(state));
}

export function usePanelDatabase(): TactfulDatabase | undefined {
  return useWiring().db;
}

/** The open conversation's place in the customer's history (ids once recorded). */
export function usePanelHistory(): HistoryState {
  return usePanelStore((state) => state.history);
}
