/**
 * The base of every fake proxy. It enforces Office.js's rules:
 *  - a property can be read only after `load()` and `sync()` (or after the code set it itself);
 *  - `isNullObject` is known only after a sync; a null object reads as undefined, and every
 *    action on it or on objects derived from it does nothing (Microsoft's samples rely on that);
 *  - members the fake does not model throw instead of quietly returning undefined;
 *  - members newer than the host's API version fail at sync with ApiNotFound.
 */
import type { FakeContext, LoadResult } from "./context";
import { notModelled, officeErrors } from "./errors";

const PASS_THROUGH = new Set(["then", "toJSON", "asymmetricMatch", "nodeType", "tagName", "$$typeof", "constructor", "inspect", "length"]);

function strict<T extends object>(object: T, typeName: string): T {
  return new Proxy(object, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target || PASS_THROUGH.has(prop) || prop.startsWith("_") || prop.startsWith("@@")) {
        return Reflect.get(target, prop, receiver);
      }
      throw notModelled(typeName, prop);
    },
  });
}

/** "a, items/b" or ["a"] or { select: "a", expand: "b" } or { a: true } → ["a", "items/b"]. */
export function loadPaths(spec: unknown): string[] | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s) ?? []);
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) return [...(loadPaths(o.select) ?? []), ...(loadPaths(o.expand) ?? [])];
    return Object.entries(o).filter(([, v]) => v).map(([k]) => k);
  }
  throw new Error(`Fake Excel: cannot read load options ${String(spec)}`);
}

export abstract class FakeObject<T = unknown> {
  protected readonly _values: Record<string, unknown> = {};
  private readonly _children = new Map<string, FakeObject>();
  private bound: { target: T | null } | undefined = undefined;
  private nullKnown: boolean | undefined = undefined;
  /** Scalar properties that `load()` with no arguments brings back. */
  protected abstract readonly scalars: readonly string[];

  constructor(
    readonly context: FakeContext,
    readonly typeName: string,
    readonly path: string,
    private readonly resolver: () => T | null,
    /** The ExcelApi version this object needs ("1.8" for DataValidation). */
    readonly since: string = "1.1",
    /** Made by an *OrNullObject method: resolved at its place in the batch so isNullObject is known. */
    nullable = false,
  ) {
    const self = strict(this, typeName);
    context.track(self);
    if (nullable) self.queue("instantiate", undefined, () => undefined);
    return self;
  }

  /** A navigation property's proxy, made once so values loaded through it land where code reads them. */
  protected child<C extends FakeObject>(name: string, make: () => C): C {
    let found = this._children.get(name) as C | undefined;
    if (!found) {
      found = make();
      this._children.set(name, found);
    }
    return found;
  }

  /** At sync: the workbook thing this proxy stands for, or null for a null object. */
  target(): T | null {
    if (!this.bound) this.bound = { target: this.resolver() };
    return this.bound.target;
  }

  /** Called after a successful sync for objects created before it. */
  settle(): void {
    if (this.bound) this.nullKnown = this.bound.target === null;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw officeErrors.propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullKnown;
  }

  /** Queues an action that runs `apply` on the target at sync; nothing happens on a null object. */
  protected queue(name: string, args: unknown, apply: (target: T) => void, since = this.since): void {
    this.context.enqueue({
      object: this,
      name,
      args,
      run: () => {
        this.context.host.requireApi(`${this.typeName}.${name}`, since);
        const target = this.target();
        if (target !== null) apply(target);
      },
    });
  }

  protected read<V>(prop: string): V {
    if (prop in this._values) return this._values[prop] as V;
    if (this.nullKnown === true) return undefined as V;
    throw officeErrors.propertyNotLoaded(this.typeName, prop);
  }

  /** Sets a property: readable at once on the client, applied to the workbook at sync. */
  protected write(prop: string, value: unknown, apply: (target: T) => void, since = this.since): void {
    this._values[prop] = value;
    this.queue(`set ${prop}`, value, apply, since);
  }

  /** The value of a scalar property on the target, for `load`; subclasses list what they model. */
  protected property(_target: T, prop: string): unknown {
    throw notModelled(this.typeName, `load("${prop}")`);
  }

  /** A navigation property (e.g. "worksheet", "format") for nested load paths. */
  protected navigate(prop: string): FakeObject | undefined {
    void prop;
    return undefined;
  }

  /** Reads the requested paths from the target now (at its place in the batch). */
  snapshot(paths: string[] | undefined): LoadResult {
    const target = this.target();
    if (target === null) return { data: null, apply: () => undefined };
    const wanted = paths ?? [...this.scalars];
    const data: Record<string, unknown> = {};
    const nested: LoadResult[] = [];
    for (const path of wanted) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && !this.navigate(head)) {
        data[head] = this.property(target, head);
        continue;
      }
      const nav = this.navigate(head);
      if (!nav) throw notModelled(this.typeName, `load("${path}")`);
      const result = nav.snapshot(rest.length ? [rest.join("/")] : undefined);
      data[head] = result.data;
      nested.push(result);
    }
    return {
      data,
      apply: () => {
        Object.assign(this._values, data);
        nested.forEach((n) => n.apply());
      },
    };
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.context.enqueue({
      object: this,
      name: "load",
      args: paths,
      run: () => {
        this.context.host.requireApi(`${this.typeName}.load`, this.since);
        this.context.addResult(this.snapshot(paths));
      },
    });
    return this;
  }
}

/**
 * Defines writable properties on a proxy class: setting one queues the change; reading it returns
 * the value the code set or loaded, and otherwise throws PropertyNotLoaded.
 */
export function settable<T>(
  cls: { prototype: FakeObject<T> },
  props: Record<string, (target: T, value: never, self: FakeObject<T>) => void>,
  since: Record<string, string> = {},
): void {
  for (const [name, apply] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: FakeObject<T>) {
        return (this as unknown as { read(p: string): unknown }).read(name);
      },
      set(this: FakeObject<T>, value: unknown) {
        const self = this as unknown as { write(p: string, v: unknown, a: (t: T) => void, s?: string): void; since: string };
        self.write(name, value, (t) => apply(t, value as never, this), since[name] ?? self.since);
      },
    });
  }
}
