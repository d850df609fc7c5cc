/** The languages the dashboard speaks. */
export type Locale = 'en' | 'id';

/** Every language, in the order the switches show them. */
export const LOCALES: readonly Locale[] = ['en', 'id'];
