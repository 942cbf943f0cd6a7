/** What a catalogue card shows. */
export const cardColumns = [
  "id",
  "slug",
  "name",
  "species",
  "breed",
  "sex",
  "birthDate",
  "priceMinor",
  "currency",
  "stock",
  "images",
  "createdAt",
  // Always "active" for customers; staff lists mix statuses.
  "status",
] as const;

/** A card plus what the detail page adds. */
export const detailColumns = [...cardColumns, "description", "updatedAt"] as const;

/** What staff edit, including the version their edit must name. */
export const staffColumns = [...detailColumns, "version"] as const;
