// Dialogs both SPAs use: `@petshop/ui/dialogs`.
export { ConfirmDialog } from "./ConfirmDialog";
export { DismissButton, ModalDialog } from "./ModalDialog";
