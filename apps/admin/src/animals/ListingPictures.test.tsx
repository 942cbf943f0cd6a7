import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeInventory } from "../test-support/fake-inventory";
import { fakeUploads, storeUploadsIn, type UploadAnswer } from "../test-support/fake-uploads";
import { fakeAnimal, fakeMe } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

const PUPPY = { url: "/media/animals/puppy.png", alt: "Honey as a puppy" };
const GARDEN = { url: "/media/animals/garden.png", alt: "Honey in the garden" };

function renderPicturesOf(animal = fakeAnimal()) {
  const inventory = fakeInventory(animal);
  const rendered = renderAdmin(`/animals/${animal.id}`, {
    "users.me": () => fakeMe("staff"),
    ...inventory.handlers,
  });
  return { ...rendered, inventory, id: animal.id };
}

const pictures = () => within(screen.getByRole("region", { name: "Pictures" }));

/** The list entry showing the picture described as `alt`. */
const pictureItem = (alt: string) => {
  const item = pictures().getByRole("img", { name: alt }).closest("li");
  if (!item) throw new Error(`no list entry for ${alt}`);
  return within(item);
};

const describedBy = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");

function choose(file: File) {
  fireEvent.change(screen.getByLabelText("Picture file"), { target: { files: [file] } });
}

const png = (name = "honey.png") =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: "image/png" });

describe("the listing's pictures", () => {
  it("refuses a file that is not a picture, or too large, without sending it", async () => {
    const uploads = fakeUploads(() => ({ status: 500, body: null }));
    renderPicturesOf();
    await screen.findByRole("heading", { name: "Pictures" });

    choose(new File(["just words"], "notes.txt", { type: "text/plain" }));
    const input = screen.getByLabelText("Picture file");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(input)).toContain("“notes.txt” is not a JPEG, PNG or WebP picture.");
    expect(screen.queryByRole("img", { name: /^Preview of/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Upload picture" }));

    choose(new File([new Uint8Array(5 * 1_048_576 + 1)], "huge.jpg", { type: "image/jpeg" }));
    expect(describedBy(input)).toContain("“huge.jpg” is 5.0 MB; pictures can be at most 5 MB.");
    fireEvent.click(screen.getByRole("button", { name: "Upload picture" }));

    expect(uploads.calls).toEqual([]);
  });

  it("uploads the picture with its description as multipart, then shows it and refreshes the inventory", async () => {
    const honey = fakeAnimal({ name: "Honey", images: [PUPPY] });
    const inventory = fakeInventory(honey);
    const uploads = fakeUploads(storeUploadsIn(inventory));
    const revoke = vi.spyOn(URL, "revokeObjectURL");
    // Through the inventory first, so its list is in the cache when the picture is added.
    const { api, queryClient } = renderAdmin("/inventory", {
      "users.me": () => fakeMe("staff"),
      ...inventory.handlers,
    });
    fireEvent.click(await screen.findByRole("link", { name: "Honey" }));
    await screen.findByRole("heading", { name: "Pictures" });

    const file = png();
    choose(file);
    const preview = screen.getByRole("img", { name: "Preview of honey.png" }).getAttribute("src");
    expect(preview).toMatch(/^blob:/);
    fireEvent.change(screen.getByLabelText("Describe the picture"), { target: { value: "Honey asleep" } });
    const loads = api.inputsOf("animals.byId").length;
    fireEvent.click(screen.getByRole("button", { name: "Upload picture" }));
    expect(await screen.findByRole("button", { name: "Uploading…" })).toBeTruthy();

    await pictures().findByRole("img", { name: "Honey asleep" });
    expect(uploads.calls).toEqual([
      {
        url: `/uploads/animals/${honey.id}/images`,
        method: "POST",
        credentials: "same-origin",
        file: expect.objectContaining({ name: "honey.png", type: "image/png", size: file.size }),
        alt: "Honey asleep",
      },
    ]);
    expect(api.inputsOf("animals.byId")).toHaveLength(loads + 1);
    const lists = queryClient.getQueryCache().findAll({ queryKey: [["animals", "list"]] });
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((query) => query.state.isInvalidated)).toBe(true);

    // The form is ready for the next picture, and the preview's memory is let go.
    expect(screen.getByText("Picture added.")).toBeTruthy();
    expect((screen.getByLabelText("Describe the picture") as HTMLInputElement).value).toBe("");
    expect(screen.queryByRole("img", { name: /^Preview of/ })).toBeNull();
    expect(revoke).toHaveBeenCalledWith(preview);

    // Saving the details afterwards keeps the new picture rather than sending the old list back.
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await screen.findByText("Changes saved.");
    expect(api.inputsOf("animals.update")).toEqual([
      expect.objectContaining({
        version: 2,
        images: [PUPPY, { url: expect.any(String), alt: "Honey asleep" }],
      }),
    ]);
  });

  it("shows the server's refusal and keeps the listing as it was", async () => {
    const refusal: UploadAnswer = {
      status: 400,
      body: { error: { message: "Only JPEG, PNG and WebP pictures can be uploaded." } },
    };
    const uploads = fakeUploads(() => refusal);
    const { inventory, id } = renderPicturesOf(fakeAnimal({ images: [PUPPY] }));
    await screen.findByRole("heading", { name: "Pictures" });

    choose(png("cute.png"));
    fireEvent.click(screen.getByRole("button", { name: "Upload picture" }));

    const alert = await pictures().findByRole("alert");
    expect(alert.textContent).toBe("Only JPEG, PNG and WebP pictures can be uploaded.");
    expect(uploads.calls).toHaveLength(1);
    expect(inventory.get(id).images).toEqual([PUPPY]);
    expect(pictures().getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Upload picture" })).toBeTruthy();
  });

  it("makes another picture the primary one", async () => {
    const { api, id } = renderPicturesOf(fakeAnimal({ images: [PUPPY, GARDEN] }));
    await screen.findByRole("img", { name: GARDEN.alt });
    expect(pictureItem(PUPPY.alt).getByText("Primary")).toBeTruthy();
    expect(pictureItem(GARDEN.alt).queryByText("Primary")).toBeNull();

    fireEvent.click(pictureItem(GARDEN.alt).getByRole("button", { name: "Make primary" }));

    await waitFor(() => expect(pictureItem(GARDEN.alt).queryByText("Primary")).toBeTruthy());
    expect(
      pictures()
        .getAllByRole("img")
        .map((img) => img.getAttribute("alt")),
    ).toEqual([GARDEN.alt, PUPPY.alt]);
    expect(pictureItem(PUPPY.alt).getByRole("button", { name: "Make primary" })).toBeTruthy();
    expect(api.inputsOf("animals.setPrimaryImage")).toEqual([{ id, url: GARDEN.url }]);
  });

  it("says so when the picture was removed meanwhile, and shows the pictures as they are now", async () => {
    const { inventory, id } = renderPicturesOf(fakeAnimal({ images: [PUPPY, GARDEN] }));
    await screen.findByRole("img", { name: GARDEN.alt });
    inventory.saveAsSomeoneElse(id, { images: [PUPPY] });

    fireEvent.click(pictureItem(GARDEN.alt).getByRole("button", { name: "Make primary" }));

    expect((await pictures().findByRole("alert")).textContent).toBe("This animal has no such picture.");
    await waitFor(() => expect(pictures().queryByRole("img", { name: GARDEN.alt })).toBeNull());
  });

  it("asks before removing a picture", async () => {
    const { api, id } = renderPicturesOf(fakeAnimal({ name: "Honey", images: [PUPPY, GARDEN] }));
    await screen.findByRole("img", { name: PUPPY.alt });

    fireEvent.click(pictureItem(PUPPY.alt).getByRole("button", { name: "Remove" }));
    const dialog = screen.getByRole("dialog", { name: "Remove picture?" });
    expect(dialog.textContent).toContain("The next picture becomes the primary one.");
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.inputsOf("animals.removeImage")).toEqual([]);

    fireEvent.click(pictureItem(PUPPY.alt).getByRole("button", { name: "Remove" }));
    fireEvent.click(
      within(screen.getByRole("dialog", { name: "Remove picture?" })).getByRole("button", {
        name: "Remove picture",
      }),
    );

    await waitFor(() => expect(pictures().queryByRole("img", { name: PUPPY.alt })).toBeNull());
    expect(api.inputsOf("animals.removeImage")).toEqual([{ id, url: PUPPY.url }]);
    expect(pictureItem(GARDEN.alt).getByText("Primary")).toBeTruthy();
  });
});
