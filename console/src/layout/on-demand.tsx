import { createElement, lazy, useSyncExternalStore, type ComponentType } from 'react';

/** Told each time a page's code has arrived. */
const listeners = new Set<() => void>();
let pagesLoaded = 0;

function arrived() {
  pagesLoaded += 1;
  for (const listener of listeners) listener();
}

/**
 * A page's code, loaded when the page is first opened, so that the first screen runs little script.
 *
 * Loaded, the page renders at once rather than through React.lazy: React holds a Suspense boundary's content back
 * until 300 ms after its fallback appeared (its reveal throttle), so a page whose code arrived sooner, on the
 * console's first screen, would show (and ask the engine for its data) only then. `usePagesLoaded` above the
 * boundary renders the page again as soon as its code is here. An in-app navigation, a transition, still keeps the
 * previous page on screen while the next one's code loads.
 *
 * `usePrefetch`, a hook of the index's code, may ask for the page's data meanwhile, so that the data and the code
 * travel together rather than one after the other.
 */
export function onDemand<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  usePrefetch: () => void = () => undefined,
): ComponentType {
  let loaded: ComponentType | undefined;
  const Lazy = lazy<ComponentType>(async () => {
    const page = (await load())[name];
    loaded = page;
    arrived();
    return { default: page };
  });
  return function OnDemand() {
    usePrefetch();
    return createElement(loaded ?? Lazy);
  };
}

/** For the component around the pages' Suspense boundary: renders it again when a page's code arrives. */
export function usePagesLoaded(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pagesLoaded,
  );
}
