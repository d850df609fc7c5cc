/**
 * Sector identifiers used in data/. Names are translated in src/i18n; the
 * Indonesian names follow the source (industri makanan, logam dasar, …).
 */
export const SECTOR_IDS = [
  'food',
  'food-beverages',
  'base-metals',
  'chemicals',
  'apparel',
  'textiles-apparel',
  'paper',
  'motor-vehicles',
  'electronics',
  'rubber-plastics',
  'pulp-paper',
  'chemicals-pharmaceuticals',
] as const;

export type KnownSectorId = (typeof SECTOR_IDS)[number];

/**
 * Sectors that put together what the 2019 release counts apart: food with
 * beverages, textiles with apparel. Only these are true regroupings; a
 * release that merely names more sectors (motor vehicles, rubber and
 * plastics) is not grouped differently.
 */
export const SECTOR_REGROUPINGS: Partial<Record<KnownSectorId, readonly KnownSectorId[]>> = {
  'food-beverages': ['food'],
  'textiles-apparel': ['apparel'],
  'pulp-paper': ['paper'],
  'chemicals-pharmaceuticals': ['chemicals'],
};

/** The remainder of a period: every sector its release does not name ("all other sectors"). */
export const REMAINDER_ID = 'all-other';

export function isKnownSector(id: string): id is KnownSectorId {
  return (SECTOR_IDS as readonly string[]).includes(id);
}
