export { FormError, FormSuccess } from "./FormError";
export { SubmitButton } from "./SubmitButton";
