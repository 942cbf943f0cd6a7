// Form pieces both SPAs use: `@petshop/ui/forms`.
export { apiErrorMessage, hasErrorCode, isApiError, showServerErrors } from "./api-errors";
export { type ControlProps, FieldFrame, type FieldProps } from "./FieldFrame";
export { SelectField } from "./SelectField";
export { TextAreaField } from "./TextAreaField";
export { TextField } from "./TextField";
