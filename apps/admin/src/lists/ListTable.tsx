import type { ReactNode } from "react";
import { ErrorAlert } from "../components/ErrorAlert";
import { TableScroller } from "../components/TableScroller";

export interface Column {
  label: string;
  align?: "right";
  /** Named for screen readers only, e.g. the column of row actions. */
  hidden?: boolean;
}

/** What the table reads off its query: a plain one or an infinite one. */
interface TableQuery {
  isPending: boolean;
  isError: boolean;
  data: unknown;
  refetch: () => unknown;
}

interface ListTableProps<Row> {
  /** Names the table for screen readers, e.g. "Listings". */
  caption: string;
  columns: readonly Column[];
  query: TableQuery;
  rows: readonly Row[];
  /** One <tr> for a row, with its key. */
  row: (item: Row) => ReactNode;
  /** Said in the table while the first page loads, e.g. "Loading listings…". */
  loading: string;
  /** Said in the table when there is no row, e.g. "There are no listings yet." */
  empty: string;
  /** Said in place of the table when the first page failed, before "Try again". */
  failed: string;
  /** Said in the table instead of any rows while the filters cannot be asked for. */
  blocked?: string | null | undefined;
}

/**
 * A staff list as a dense table: its headings, then a message row (loading, nothing found, filters
 * to fix) or the rows. A failed first load replaces it with an alert and a way to try again; a
 * failed reload keeps the rows already shown.
 */
export function ListTable<Row>(props: ListTableProps<Row>) {
  const { caption, columns, query, rows } = props;
  if (query.isError && !query.data) {
    return (
      <ErrorAlert>
        {props.failed}{" "}
        <button type="button" className="font-medium underline" onClick={() => query.refetch()}>
          Try again
        </button>
      </ErrorAlert>
    );
  }
  const message = props.blocked ?? (query.isPending ? props.loading : rows.length === 0 ? props.empty : null);
  return (
    <TableScroller label={`${caption} table`} className="rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={`px-3 py-2 ${column.align === "right" ? "text-right" : ""}`}
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {message ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-muted">
                {message}
              </td>
            </tr>
          ) : (
            rows.map(props.row)
          )}
        </tbody>
      </table>
    </TableScroller>
  );
}
