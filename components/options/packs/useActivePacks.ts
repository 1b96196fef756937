import { useEffect, useState } from 'react';
import { builtinPacks } from '@/lib/packs/builtin';
import { activePacks, watchActivePacks } from '@/lib/packs/store';
import type { Pack } from '@/lib/packs/schema';

/**
 * The packs in effect, in priority order, kept current as the library changes (an import, an
 * update, a switch in the options page). Starts with the built-in packs until storage answers.
 * For the panel: `const packs = useActivePacks();` in place of `builtinPacks()`.
 */
export function useActivePacks(): Pack[] {
  const [packs, setPacks] = useState<Pack[]>(() => builtinPacks());
  useEffect(() => {
    let live = true;
    void activePacks().then((p) => live && setPacks(p));
    const stop = watchActivePacks((p) => live && setPacks(p));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return packs;
}
