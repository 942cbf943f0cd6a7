import { button } from "../../components/buttons";
import type { CartLine } from "../../components/cart/useCart";

interface LineProblemProps {
  line: CartLine;
  busy: boolean;
  onRemove: () => void;
  onReduce: (quantity: number) => void;
}

/**
 * Why a line cannot be checked out, said in words (not by colour alone), next to the one action
 * that fixes it.
 */
export function LineProblem({ line, busy, onRemove, onReduce }: LineProblemProps) {
  const unavailable = line.problem === "unavailable";
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="min-w-48 flex-1">
        {unavailable ? (
          <>
            <strong>No longer available.</strong> Remove it to check out.
          </>
        ) : (
          <>
            <strong>Only {line.available} left.</strong> You have {line.quantity} in your cart.
          </>
        )}
      </p>
      {unavailable ? (
        <button type="button" onClick={onRemove} disabled={busy} className={button.quiet}>
          Remove<span className="sr-only"> {line.name}</span>
        </button>
      ) : (
        <button
          type="button"
          onClick={() => onReduce(line.available)}
          disabled={busy}
          className={button.quiet}
        >
          Change to {line.available}
          <span className="sr-only"> ({line.name})</span>
        </button>
      )}
    </div>
  );
}
