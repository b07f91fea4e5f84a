import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the reader that few readers use (the speech player, the list of keys) loads the first
 * time it is wanted, not with the popup: the popup opens on every click, so what it loads first
 * stays small. Null until the module has loaded; kept once it has.
 */
export function useModuleOnFirstUse<Module>(load: () => Promise<Module>, wanted: boolean): Module | null {
  const [module, setModule] = useState<Module | null>(null);
  useEffect(() => {
    if (wanted && !module) void load().then((loaded) => setModule(() => loaded));
  }, [wanted, module]);
  return module;
}
