/** The donut is drawn at one size; its key sits beside or under it (a module of its own: no Recharts). */
export const DONUT_SIZE = 240;
