import { useTRPC } from "@petshop/client/react";
import { TextField } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import {
  MAX_ALT_LENGTH,
  MAX_PICTURE_MB,
  PICTURE_TYPES,
  pictureProblem,
  UploadError,
  type UploadedListing,
  uploadPicture,
} from "./upload-picture";

interface PictureUploadProps {
  animalId: string;
  onUploaded: (listing: UploadedListing) => void;
}

/** Shows a chosen file as it will look, so the wrong photo is caught before it is sent. */
function usePreviewUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return;
    }
    const objectUrl = URL.createObjectURL(file);
    setUrl(objectUrl);
    // The blob stays in memory until revoked, so every replaced or abandoned preview lets go of it.
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  return url;
}

/** Adds a picture: a file checked here first (the server still decides) and an optional description. */
export function PictureUpload({ animalId, onUploaded }: PictureUploadProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [alt, setAlt] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const preview = usePreviewUrl(file);

  const upload = useMutation({
    mutationFn: (chosen: { file: File; alt: string }) => uploadPicture(animalId, chosen.file, chosen.alt),
    onSuccess: async (listing) => {
      onUploaded(listing);
      setFile(null);
      setAlt("");
      if (fileInput.current) fileInput.current.value = "";
      setDone("Picture added.");
      void queryClient.invalidateQueries(trpc.animals.list.pathFilter());
      // Awaited, so "Uploading…" lasts until the new picture is in the list above.
      await queryClient.invalidateQueries({ queryKey: trpc.animals.byId.queryKey({ id: animalId }) });
    },
    onError: (error) => {
      if (!(error instanceof UploadError)) return;
      // The tRPC calls' session check (useRecheckSessionOnUnauthorized) does not see this route, so
      // a lapsed session is reported to the gate here, which then shows the sign-in form.
      if (error.status === 401) {
        void queryClient.invalidateQueries({ queryKey: trpc.users.me.queryKey(), exact: true });
      }
      // No answer (or an unreadable one): the picture may have been stored all the same.
      if (error.status === null) {
        void queryClient.invalidateQueries({ queryKey: trpc.animals.byId.queryKey({ id: animalId }) });
      }
    },
  });

  const choose = (chosen: File | undefined) => {
    upload.reset();
    setDone(null);
    const problem = chosen ? pictureProblem(chosen) : null;
    setFileError(problem);
    setFile(chosen && !problem ? chosen : null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    if (!file) {
      setFileError((current) => current ?? "Choose a picture to upload.");
      fileInput.current?.focus();
      return;
    }
    setDone(null);
    upload.mutate({ file, alt });
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Add a picture" className="mt-4 flex flex-col gap-3">
      <h3 className="text-sm font-semibold">Add a picture</h3>
      <TextField
        ref={fileInput}
        density="compact"
        label="Picture file"
        type="file"
        accept={PICTURE_TYPES.join(",")}
        hint={`JPEG, PNG or WebP, at most ${MAX_PICTURE_MB} MB`}
        error={fileError ?? undefined}
        disabled={upload.isPending}
        // A FileList indexes like an array; item() would be the same thing with more ceremony.
        onChange={(event) => choose(event.currentTarget.files?.[0])}
      />
      {preview && file ? (
        <img
          src={preview}
          alt={`Preview of ${file.name}`}
          className="aspect-square w-32 rounded border border-stone-200 object-cover"
        />
      ) : null}
      <TextField
        density="compact"
        label="Describe the picture"
        autoComplete="off"
        maxLength={MAX_ALT_LENGTH}
        hint="Optional, but read out to people who cannot see the picture, e.g. “Honey asleep on a blue blanket”"
        value={alt}
        disabled={upload.isPending}
        onChange={(event) => setAlt(event.currentTarget.value)}
      />
      {upload.isError ? <ErrorAlert>{uploadErrorMessage(upload.error)}</ErrorAlert> : null}
      <button type="submit" disabled={upload.isPending} className={`${button.secondary} self-start`}>
        {upload.isPending ? "Uploading…" : "Upload picture"}
      </button>
      <p role="status" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}

function uploadErrorMessage(error: Error): string {
  // UploadError messages are the server's own or ours; anything else is a bug, not for the screen.
  return error instanceof UploadError ? error.message : "Something went wrong. Please try again.";
}
