// Form pieces both SPAs use: `@petshop/ui/forms`.
export { apiErrorMessage, hasErrorCode, isApiError, showServerErrors } from "./api-errors";
export { TextField } from "./TextField";
