import { formatPrice } from "@petshop/ui";
import { Link } from "@tanstack/react-router";
import { button } from "../../components/buttons";
import type { CartLine } from "../../components/cart/useCart";
import { QuantitySelect } from "../../components/QuantitySelect";
import { LineProblem } from "./LineProblem";

interface CartLineItemProps {
  line: CartLine;
  busy: boolean;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
}

/** One animal in the cart: picture, name, price, how many, and a way out of the cart. */
export function CartLineItem({ line, busy, onQuantity, onRemove }: CartLineItemProps) {
  const unavailable = line.problem === "unavailable";
  // A single puppy has nothing to choose; a tank of fish (or a line wanting more than is left) has.
  const showQuantity = !unavailable && (line.available > 1 || line.quantity > 1);
  return (
    <li className="flex gap-3 p-4 sm:gap-4">
      <div className="h-[72px] w-24 shrink-0 overflow-hidden rounded-lg bg-stone-100">
        {line.image ? (
          <img
            src={line.image.url}
            alt={line.image.alt}
            width={96}
            height={72}
            className={`size-full object-cover ${unavailable ? "opacity-50 grayscale" : ""}`}
          />
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        {/* The line's total keeps to the right of every line, however long the name: a long name wraps
            beside it rather than pushing it under the price. */}
        <div className="flex items-start justify-between gap-x-4">
          <div className="min-w-0 flex-1">
            <h2 className="text-base font-semibold text-ink">
              <Link to="/animals/$slug" params={{ slug: line.slug }} className="hover:text-brand-700">
                {line.name}
              </Link>
            </h2>
            {/* For a single puppy the unit price is the line's total; it says something only for many. */}
            {showQuantity ? (
              <p className="text-sm text-muted">{formatPrice(line.unitPriceMinor, line.currency)} each</p>
            ) : null}
          </div>
          <p className="shrink-0 font-semibold whitespace-nowrap text-ink">
            {line.problem ? (
              // Not in the subtotal until fixed, so no line total that would seem to count.
              <span className="text-muted">
                —<span className="sr-only">Not counted until fixed</span>
              </span>
            ) : (
              formatPrice(line.lineTotalMinor, line.currency)
            )}
          </p>
        </div>
        {line.problem ? (
          <LineProblem line={line} busy={busy} onRemove={onRemove} onReduce={onQuantity} />
        ) : null}
        {unavailable ? null : (
          <div className="flex flex-wrap items-end gap-3">
            {showQuantity ? (
              <QuantitySelect
                label="Quantity"
                labelDetail={`of ${line.name}`}
                value={line.quantity}
                max={line.available}
                onChange={onQuantity}
                disabled={busy}
              />
            ) : null}
            <button type="button" onClick={onRemove} disabled={busy} className={button.quiet}>
              Remove<span className="sr-only"> {line.name}</span>
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
