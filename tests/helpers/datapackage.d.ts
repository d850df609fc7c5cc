/** The parts of frictionlessdata's datapackage-js (no types of its own) the data package test uses. */
declare module 'datapackage' {
  /** tableschema's field: casts a cell and checks its constraints, throwing when it breaks one. */
  interface Field {
    name: string;
    castValue(value: string): unknown;
  }
  interface Resource {
    name: string;
    tabular: boolean;
    schema: { getField(name: string): Field | null };
    read(options: { relations?: boolean; keyed?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
