import { z } from "zod";
import { daysBetweenInclusive, sameDayYearsLater } from "./days";

// Report inputs. Browser-safe: the admin dashboard and the `shop` CLI validate with these too.
// Days are the shop's own (SHOP_TIME_ZONE); both ends of a range are included.

/** No report reaches before the shop opened its books. */
export const FIRST_REPORT_DAY = "2020-01-01";
/** A fixed outer bound; the service also refuses an end more than a year after today. */
export const LAST_REPORT_DAY = "2099-12-31";

const reportDay = (name: "from" | "to") =>
  z.iso
    .date({ error: `Give ${name} as a real day, YYYY-MM-DD.` })
    .refine((day) => day >= FIRST_REPORT_DAY, { error: `${name} cannot be before ${FIRST_REPORT_DAY}.` })
    .refine((day) => day <= LAST_REPORT_DAY, { error: `${name} cannot be after ${LAST_REPORT_DAY}.` });

export const SALES_GROUPINGS = ["day", "week", "month", "species"] as const;
export type SalesGrouping = (typeof SALES_GROUPINGS)[number];

/** The longest range each grouping may cover, so a report's size stays bounded. */
const withinSpan: Record<SalesGrouping, { fits: (from: string, to: string) => boolean; words: string }> = {
  day: { fits: (from, to) => daysBetweenInclusive(from, to) <= 366, words: "366 days" },
  week: { fits: (from, to) => to < sameDayYearsLater(from, 3), words: "3 years" },
  month: { fits: (from, to) => to < sameDayYearsLater(from, 10), words: "10 years" },
  species: { fits: (from, to) => to < sameDayYearsLater(from, 10), words: "10 years" },
};

export const salesReportInput = z
  .object({
    from: reportDay("from"),
    to: reportDay("to"),
    by: z.enum(SALES_GROUPINGS, { error: "Group by day, week, month or species." }),
  })
  .superRefine((input, ctx) => {
    if (input.from > input.to) {
      ctx.addIssue({
        code: "custom",
        message: "The first day (from) must not be after the last (to).",
        path: ["to"],
      });
    } else if (!withinSpan[input.by].fits(input.from, input.to)) {
      const message = `A report by ${input.by} covers at most ${withinSpan[input.by].words}.`;
      ctx.addIssue({ code: "custom", message, path: ["to"] });
    }
  });
export type SalesReportInput = z.infer<typeof salesReportInput>;

export const lowStockInput = z.object({
  /** Listings with fewer units than this. */
  below: z.number().int().min(1).max(100_000).default(3),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type LowStockInput = z.infer<typeof lowStockInput>;

export const attentionInput = z.object({
  limit: z.number().int().min(1).max(50).default(10),
  /** Unpaid orders whose hold ends within this many minutes count as expiring soon. */
  expiringWithinMinutes: z.number().int().min(1).max(1440).default(10),
});
export type AttentionInput = z.infer<typeof attentionInput>;
