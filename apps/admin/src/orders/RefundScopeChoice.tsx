import type { UseFormRegisterReturn } from "react-hook-form";

interface RefundScopeChoiceProps {
  /** react-hook-form's registration of the dialog's `scope`. */
  field: UseFormRegisterReturn<"scope">;
  /** What is left to refund, formatted. */
  left: string;
}

const choices = (left: string) => [
  { value: "full", label: `Everything left (${left})` },
  { value: "partial", label: "Part of it" },
];

/** Full or partial: native radios, so the arrow keys and screen readers treat them as one choice. */
export function RefundScopeChoice({ field, left }: RefundScopeChoiceProps) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium">How much</legend>
      {choices(left).map((choice) => (
        <label key={choice.value} className="flex items-center gap-2 text-sm">
          <input type="radio" value={choice.value} className="size-4 accent-brand-700" {...field} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
