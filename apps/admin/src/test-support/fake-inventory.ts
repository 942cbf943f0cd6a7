import type { RouterOutputs } from "@petshop/client/react";
import { FakeApiError, type Handlers } from "@petshop/ui/testing";
import { fakeAnimal, listed } from "./fixtures";

type StaffAnimal = RouterOutputs["animals"]["byId"];

/**
 * The animals procedures over an in-memory inventory, keeping the server's rules that pages
 * depend on: every write bumps the version, an edit of an old version is a CONFLICT, and stock
 * never goes below zero (with the server's words, from inventory.ts and images.ts).
 */
export function fakeInventory(...initial: StaffAnimal[]) {
  const animals = new Map(initial.map((animal) => [animal.id, animal]));

  const find = (id: string) => {
    const animal = animals.get(id);
    if (!animal) throw new FakeApiError("NOT_FOUND", "No such animal.");
    return animal;
  };
  const write = (id: string, changes: Partial<StaffAnimal>) => {
    const current = find(id);
    const next = { ...current, ...changes, version: current.version + 1 };
    animals.set(id, next);
    return next;
  };

  const handlers = {
    "animals.list": () => ({ items: [...animals.values()].map(listed), nextCursor: null }),
    "animals.byId": ({ id }) => find(id),
    "animals.create": ({ images = [], stock = 0, ...fields }) => {
      const animal = fakeAnimal({ ...fields, images, stock, status: "draft", version: 1 });
      animals.set(animal.id, animal);
      return animal;
    },
    "animals.update": ({ id, version, images = [], ...fields }) => {
      if (find(id).version !== version) {
        throw new FakeApiError(
          "CONFLICT",
          "Someone else saved this animal since you opened it. Reload to see their changes.",
        );
      }
      return write(id, { ...fields, images });
    },
    "animals.setStatus": ({ id, status }) => write(id, { status }),
    "animals.setPrimaryImage": ({ id, url }) => {
      const { images } = find(id);
      const chosen = images.find((image) => image.url === url);
      if (!chosen) throw new FakeApiError("NOT_FOUND", "This animal has no such picture.");
      return write(id, { images: [chosen, ...images.filter((image) => image !== chosen)] });
    },
    "animals.removeImage": ({ id, url }) => {
      const { images } = find(id);
      if (!images.some((image) => image.url === url))
        throw new FakeApiError("NOT_FOUND", "This animal has no such picture.");
      return write(id, { images: images.filter((image) => image.url !== url) });
    },
    "animals.adjustStock": ({ id, delta }) => {
      const { stock } = find(id);
      if (stock + delta < 0) {
        throw new FakeApiError("CONFLICT", `Only ${stock} in stock: it cannot go below zero.`);
      }
      return write(id, { stock: stock + delta });
    },
  } satisfies Handlers;

  return {
    handlers,
    all: () => [...animals.values()],
    /** The listing as the "server" holds it now. */
    get: find,
    /** Another member of staff saving this listing from their own screen. */
    saveAsSomeoneElse: write,
    /** A picture stored by the upload route (which is not tRPC; see fake-uploads.ts). */
    addImage: (id: string, image: StaffAnimal["images"][number]) =>
      write(id, { images: [...find(id).images, image] }),
  };
}
