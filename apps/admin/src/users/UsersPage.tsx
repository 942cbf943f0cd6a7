import { useTRPC } from "@petshop/client/react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useCurrentUser } from "../auth/current-user";
import { ListPage, ListToolbar } from "../lists/ListPage";
import { ListTable } from "../lists/ListTable";
import { LoadMoreButton } from "../lists/LoadMoreButton";
import { PAGED_LIST, rowsOf } from "../lists/paged-list";
import { ResultCount } from "../lists/ResultCount";
import { SearchField } from "../lists/SearchField";
import { useSearchBox } from "../lists/useSearchBox";
import { useUrlFilters } from "../lists/useUrlFilters";
import { USER_COLUMNS, UserRow } from "./UserRow";
import { PAGE_SIZE, SEARCH_MAX_LENGTH } from "./users-search";

const route = getRouteApi("/users");

/** Admins find accounts by email or name and change their role or lock them out. */
export function UsersPage() {
  const trpc = useTRPC();
  const me = useCurrentUser();
  const { search, update } = useUrlFilters(route.useSearch(), route.useNavigate());
  const box = useSearchBox(search.q ?? "", (term) => update({ q: term || undefined }));
  const accounts = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      search.q ? { search: search.q, limit: PAGE_SIZE } : { limit: PAGE_SIZE },
      PAGED_LIST,
    ),
  );
  const rows = rowsOf(accounts.data);

  return (
    <ListPage title="Users">
      <ListToolbar summary={<ResultCount query={accounts} typing={box.pending} noun="accounts" />}>
        <SearchField
          box={box}
          label="Search by email or name"
          maxLength={SEARCH_MAX_LENGTH}
          spellCheck={false}
          className="w-72"
        />
      </ListToolbar>
      <ListTable
        caption="Accounts"
        columns={USER_COLUMNS}
        query={accounts}
        rows={rows}
        row={(account) => <UserRow key={account.id} account={account} isSelf={account.id === me.id} />}
        loading="Loading accounts…"
        empty={search.q ? `No account matches “${search.q}”.` : "There are no accounts yet."}
        failed="The accounts could not be loaded."
      />
      <LoadMoreButton query={accounts} />
    </ListPage>
  );
}
