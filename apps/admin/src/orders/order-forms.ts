// The order page's forms and confirmations, loaded as one piece by useOrderForms.ts: the forms
// bring react-hook-form and the API's zod schemas along.
export { ConfirmDialog } from "@petshop/ui/dialogs";
export { AddNoteForm } from "./AddNoteForm";
export { CancelOrderForm } from "./CancelOrderForm";
export { RefundDialog } from "./RefundDialog";
