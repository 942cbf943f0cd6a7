import { fireEvent, screen } from "@testing-library/react";

/** Types into the field with this label, the way react-hook-form hears it. */
export function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The message shown under a field, found the way assistive technology finds it. */
export function fieldError(label: string): string | null {
  const field = screen.getByLabelText(label);
  if (field.getAttribute("aria-invalid") !== "true") return null;
  const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
  const messages = ids.map((id) => document.getElementById(id)?.textContent ?? "");
  return messages.at(-1) ?? null;
}
