import { type ComponentProps, type ComponentType, use } from "react";

/**
 * Like React.lazy, but loadable ahead of time: once `preload()` has resolved, the component renders at once
 * instead of suspending. React reveals suspended content no sooner than 300 ms after its fallback appeared, so
 * preloading before a navigation saves that wait as well as the download.
 */
export function lazyComponent<P extends object, C extends ComponentType<P> = ComponentType<P>>(
  load: () => Promise<{ default: C }>,
) {
  let loading: Promise<C> | undefined;
  const preload = (): Promise<C> => {
    if (loading) return loading;
    const promise = load().then(
      (module) => {
        // `use` reads a promise marked this way synchronously, without suspending.
        Object.assign(promise, { status: "fulfilled", value: module.default });
        return module.default;
      },
      (error: unknown) => {
        loading = undefined; // a failed download may be retried
        throw error;
      },
    );
    loading = promise;
    return promise;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: a factory called once per module, like React.lazy
  function Lazy(props: P) {
    const Component: ComponentType<P> = use(preload());
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload });
}

/** `lazyComponent` of a module's named export: `lazyNamed(() => import("./Chart"), "Chart")`. */
// biome-ignore lint/suspicious/noExplicitAny: any component's props, narrowed by the export named
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazyComponent<ComponentProps<M[K]>>(() => load().then((module) => ({ default: module[name] })));
}
