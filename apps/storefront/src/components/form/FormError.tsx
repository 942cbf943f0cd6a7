/** A problem with the form as a whole (wrong password, account exists, offline), above the button. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      {message}
    </p>
  );
}

/** Good news after a form was sent, read out without moving focus. */
export function FormSuccess({ message }: { message: string | undefined }) {
  return (
    <p
      role="status"
      className={message ? "rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800" : "sr-only"}
    >
      {message}
    </p>
  );
}
