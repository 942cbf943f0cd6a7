import { ORDER_STATUSES, type OrderStatus } from "@petshop/db/constants";
import { ORDER_STATUS_LABELS } from "@petshop/ui";
import { TextField } from "@petshop/ui/forms";
import { useId } from "react";
import { SearchField } from "../lists/SearchField";
import type { SearchBox } from "../lists/useSearchBox";

const chip =
  "cursor-pointer rounded-full border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-stone-50 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600";

interface OrderFiltersProps {
  /** The statuses ticked; none ticked shows every status. */
  statuses: readonly OrderStatus[];
  onStatusesChange: (statuses: OrderStatus[]) => void;
  from: string | undefined;
  to: string | undefined;
  onFromChange: (day: string | undefined) => void;
  onToChange: (day: string | undefined) => void;
  /** Why the range cannot be searched, shown under its end. */
  rangeError: string | null;
  /** All or part of the customer's email, typed in the toolbar and carried to the URL. */
  email: SearchBox;
}

/** The orders' toolbar: statuses to show, the days they were placed on, and the customer's email. */
export function OrderFilters(props: OrderFiltersProps) {
  const id = useId();
  const toggle = (status: OrderStatus, ticked: boolean) =>
    props.onStatusesChange(
      ORDER_STATUSES.filter((s) => (s === status ? ticked : props.statuses.includes(s))),
    );

  return (
    <div className="flex flex-wrap items-start gap-x-4 gap-y-3">
      <fieldset aria-describedby={`${id}-status-hint`}>
        <legend className="mb-1 text-sm font-medium">Status</legend>
        <div className="flex flex-wrap gap-1.5">
          {ORDER_STATUSES.map((status) => (
            <label key={status} className="flex">
              <input
                type="checkbox"
                className="peer sr-only"
                checked={props.statuses.includes(status)}
                onChange={(event) => toggle(status, event.target.checked)}
              />
              <span className={chip}>{ORDER_STATUS_LABELS[status]}</span>
            </label>
          ))}
        </div>
        <p id={`${id}-status-hint`} className="mt-1 text-xs text-muted">
          None ticked shows every status.
        </p>
      </fieldset>
      <TextField
        density="compact"
        label="Placed from"
        type="date"
        value={props.from ?? ""}
        max={props.to}
        onChange={(event) => props.onFromChange(event.target.value || undefined)}
        className="w-40"
      />
      <TextField
        density="compact"
        label="Placed to"
        type="date"
        value={props.to ?? ""}
        min={props.from}
        error={props.rangeError ?? undefined}
        onChange={(event) => props.onToChange(event.target.value || undefined)}
        className="w-40"
      />
      <SearchField
        box={props.email}
        label="Customer email"
        maxLength={254}
        placeholder="All or part of an address"
        spellCheck={false}
      />
    </div>
  );
}
