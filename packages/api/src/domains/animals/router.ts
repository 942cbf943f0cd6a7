import type { AnimalStatus } from "@petshop/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { type Context, publicProcedure, staffProcedure } from "../../trpc";
import { exportAnimals } from "./export-animals";
import { catalogueFacets } from "./facets";
import { findAnimalById, findAnimalBySlug } from "./find-animal";
import { removeImage, setPrimaryImage } from "./images";
import { importAnimals } from "./import-animals";
import { adjustStock, createAnimal, setAnimalStatus, updateAnimal } from "./inventory";
import { listAnimals } from "./list-animals";
import {
  adjustStockInput,
  animalBySlugInput,
  animalFilterInput,
  animalIdInput,
  animalImageInput,
  animalListInput,
  createAnimalInput,
  exportAnimalsInput,
  importAnimalsInput,
  setAnimalStatusInput,
  updateAnimalInput,
} from "./schemas";

const isStaff = (ctx: Pick<Context, "user">) => ctx.user?.role === "staff" || ctx.user?.role === "admin";

/** Which listings the caller may see: active ones, or for staff whatever they ask for. */
function visibleStatuses(
  ctx: Pick<Context, "user">,
  requested: AnimalStatus[] | undefined,
): readonly AnimalStatus[] {
  if (!requested) return ["active"];
  if (!isStaff(ctx) && requested.some((status) => status !== "active")) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only shop staff may see drafts and archived listings.",
    });
  }
  return requested;
}

export const animalsRouter = {
  /** A page of the catalogue, filtered, searched and sorted, with the cursor of the next page. */
  list: publicProcedure
    .input(animalListInput)
    .query(({ ctx, input }) =>
      listAnimals(ctx.db, input, visibleStatuses(ctx, input.status), ctx.clock.now()),
    ),

  /** Counts per species and price band under the current filters, for the filter panel. */
  facets: publicProcedure
    .input(animalFilterInput)
    .query(({ ctx, input }) =>
      catalogueFacets(ctx.db, input, visibleStatuses(ctx, input.status), ctx.clock.now()),
    ),

  /** One listing with its description; customers see active ones, staff any. */
  bySlug: publicProcedure
    .input(animalBySlugInput)
    .query(({ ctx, input }) => findAnimalBySlug(ctx.db, input.slug, isStaff(ctx) ? "staff" : "customer")),

  /** One listing by id with its status and version (what an edit form needs); customers see active ones. */
  byId: publicProcedure.input(animalIdInput).query(async ({ ctx, input }) => {
    const animal = await findAnimalById(ctx.db, input.id);
    if (!isStaff(ctx) && animal.status !== "active")
      throw new TRPCError({ code: "NOT_FOUND", message: "No such animal." });
    return animal;
  }),

  /** Staff: a new listing, as a draft. */
  create: staffProcedure
    .input(createAnimalInput)
    .mutation(({ ctx, input }) => createAnimal(ctx.db, input, ctx.user.id)),

  /** Staff: save an edit; CONFLICT when someone else saved since the edited version. */
  update: staffProcedure.input(updateAnimalInput).mutation(({ ctx, input }) => updateAnimal(ctx.db, input)),

  /** Staff: publish, archive or return to draft. */
  setStatus: staffProcedure
    .input(setAnimalStatusInput)
    .mutation(({ ctx, input }) => setAnimalStatus(ctx.db, input.id, input.status)),

  /** Staff: move stock by a signed amount, with a reason; never below zero. */
  adjustStock: staffProcedure
    .input(adjustStockInput)
    .mutation(({ ctx, input }) => adjustStock(ctx.db, input, ctx.user.id)),

  /** Staff: make a picture the primary one (shown on the card). Uploads go through POST /uploads. */
  setPrimaryImage: staffProcedure
    .input(animalImageInput)
    .mutation(({ ctx, input }) => setPrimaryImage(ctx.db, input)),

  /** Staff: remove a picture; an uploaded file is deleted too. */
  removeImage: staffProcedure
    .input(animalImageInput)
    .mutation(({ ctx, input }) => removeImage(ctx.db, ctx.media, input)),

  /** Staff: upsert up to 500 listings by slug in one transaction, with a result per record. */
  importBatch: staffProcedure
    .input(importAnimalsInput)
    .mutation(({ ctx, input }) => importAnimals(ctx.db, input, ctx.user.id)),

  /** Staff: a page of listings as import records, in slug order, every status unless filtered. */
  exportPage: staffProcedure
    .input(exportAnimalsInput)
    .query(({ ctx, input }) => exportAnimals(ctx.db, input)),
} satisfies TRPCRouterRecord;
