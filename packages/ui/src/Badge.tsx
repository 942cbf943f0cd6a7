import type { ReactNode } from "react";
import type { Density } from "./density";

/** The colours a badge comes in; what each means is up to the list that picks them. */
export type BadgeTone = "amber" | "sky" | "green" | "stone" | "violet";

const TONES: Record<BadgeTone, string> = {
  amber: "border-amber-300 bg-amber-50 text-amber-900",
  sky: "border-sky-300 bg-sky-50 text-sky-900",
  green: "border-green-300 bg-green-50 text-green-900",
  stone: "border-stone-300 bg-stone-100 text-stone-700",
  violet: "border-violet-300 bg-violet-50 text-violet-900",
};

const SHAPES: Record<Density, string> = {
  comfortable: "inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5",
  compact: "inline-block rounded px-1.5 py-0.5",
};

/** A status as a word in a coloured pill: the colour helps, the word carries it. */
export function Badge({
  tone,
  density = "comfortable",
  children,
}: {
  tone: BadgeTone;
  density?: Density;
  children: ReactNode;
}) {
  return (
    <span className={`${SHAPES[density]} whitespace-nowrap border text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
