// The payment panel's small tables share one look: dense cells, a caption for a heading.

export const cell = "px-2 py-1 align-top";
export const caption = "text-left text-xs font-semibold uppercase tracking-wide text-muted";
