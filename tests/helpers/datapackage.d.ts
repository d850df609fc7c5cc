/** The parts of frictionlessdata's datapackage-js (no types of its own) the data package test uses. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    read(options: { relations?: boolean; keyed?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
