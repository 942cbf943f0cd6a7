import { type FormEvent, useId } from "react";
import { isInverted } from "./api-input";
import { FacetCount } from "./FacetCount";
import { isPriceBandChosen, type PriceBand, priceBandLabel, priceBandRange } from "./price-bands";
import type { CatalogueSearch } from "./search";
import { useSyncedDraft } from "./useSyncedDraft";

type PriceRange = Pick<CatalogueSearch, "priceMin" | "priceMax">;

export const INVERTED_PRICE_MESSAGE = "The lowest price is above the highest";

interface PriceFilterProps {
  value: PriceRange;
  /** Counts per band under the other filters; undefined until the first counts arrive. */
  bands: readonly PriceBand[] | undefined;
  onChange: (range: PriceRange) => void;
}

interface Draft {
  min: string;
  max: string;
  /** Whether to point out mistakes: after Apply, or at once when a link carried them. */
  checked: boolean;
}

const shown = (euros: number | undefined) => (euros === undefined ? "" : String(euros));
const amount = (text: string) => (text.trim() === "" ? undefined : Number(text));
const isAmount = (euros: number | undefined) => euros === undefined || (Number.isFinite(euros) && euros >= 0);

/** What is wrong with a typed range, by field; nothing when it can be sent. */
function rangeErrors(min: number | undefined, max: number | undefined): { min?: string; max?: string } {
  const errors: { min?: string; max?: string } = {};
  if (!isAmount(min)) errors.min = "Enter an amount in euros";
  if (!isAmount(max)) errors.max = "Enter an amount in euros";
  if (!errors.min && !errors.max && isInverted(min, max)) errors.min = INVERTED_PRICE_MESSAGE;
  return errors;
}

/** Price as quick bands with their counts, or a range of the visitor's own. */
export function PriceFilter({ value, bands, onChange }: PriceFilterProps) {
  const [draft, setDraft] = useSyncedDraft<Draft>(
    { min: shown(value.priceMin), max: shown(value.priceMax), checked: true },
    `${value.priceMin}-${value.priceMax}`,
  );
  const min = amount(draft.min);
  const max = amount(draft.max);
  const errors = rangeErrors(min, max);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    // A mistaken range stays in the form with a message: sent on, the API would refuse the page.
    if (errors.min || errors.max) setDraft({ ...draft, checked: true });
    else onChange({ priceMin: min, priceMax: max });
  };

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-ink">Price</legend>
      <PriceBands value={value} bands={bands} onChange={onChange} />
      <form onSubmit={apply} noValidate className="mt-2 grid grid-cols-2 gap-2">
        <EuroInput
          label="Min price (€)"
          value={draft.min}
          error={draft.checked ? errors.min : undefined}
          onChange={(text) => setDraft({ ...draft, min: text, checked: false })}
        />
        <EuroInput
          label="Max price (€)"
          value={draft.max}
          error={draft.checked ? errors.max : undefined}
          onChange={(text) => setDraft({ ...draft, max: text, checked: false })}
        />
        <button
          type="submit"
          className="col-span-2 rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:border-brand-600"
        >
          Apply price
        </button>
      </form>
    </fieldset>
  );
}

interface EuroInputProps {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

function EuroInput({ label, value, error, onChange }: EuroInputProps) {
  const errorId = useId();
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">
        {label}
        <input
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
          className="w-full rounded-lg border border-stone-300 bg-white px-2 py-1.5 text-sm text-ink aria-invalid:border-red-600"
        />
      </label>
      {error ? (
        <p id={errorId} className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface PriceBandsProps {
  value: PriceRange;
  bands: readonly PriceBand[] | undefined;
  onChange: (range: PriceRange) => void;
}

/** Radios so exactly one band (or any price) is chosen; a range typed by hand matches none. */
function PriceBands({ value, bands, onChange }: PriceBandsProps) {
  if (!bands) return <BandsPlaceholder />;
  const anyPrice = value.priceMin === undefined && value.priceMax === undefined;
  return (
    <div className="flex flex-col gap-2">
      <label className="flex cursor-pointer items-center gap-2 text-sm text-ink">
        <input
          type="radio"
          name="price-band"
          className="size-4 accent-brand-700"
          checked={anyPrice}
          onChange={() => onChange({ priceMin: undefined, priceMax: undefined })}
        />
        Any price
      </label>
      {bands.map((band) => (
        <label key={band.from} className="flex cursor-pointer items-center gap-2 text-sm text-ink">
          <input
            type="radio"
            name="price-band"
            className="size-4 accent-brand-700"
            checked={isPriceBandChosen(band, value)}
            onChange={() => onChange(priceBandRange(band))}
          />
          <span className="flex-1">{priceBandLabel(band)}</span>
          <FacetCount count={band.count} />
        </label>
      ))}
    </div>
  );
}

/** Holds the bands' place until the first counts arrive, so the panel does not jump. */
function BandsPlaceholder() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-2">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-5 w-3/4 animate-pulse rounded bg-stone-200" />
      ))}
    </div>
  );
}
