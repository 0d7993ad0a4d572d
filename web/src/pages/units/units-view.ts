/** What every part of the reference-data page shares: the date it shows, and links with changed parameters. */
export type UnitsView = {
  asOf: string;
  /** The address of the page with these parameters changed (`null` removes one). */
  linkWith: (changes: Record<string, string | null>) => string;
};
