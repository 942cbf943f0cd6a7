export { FormError, FormSuccess } from "./FormError";
export { SubmitButton } from "./SubmitButton";
export { TextAreaField } from "./TextAreaField";
