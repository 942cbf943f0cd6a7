// For component tests in both SPAs: `@petshop/ui/testing`. Not for application code.
export { type FakeApi, type FakeApiOptions, fakeApi, unexpectedHandlerErrors } from "./fake-api";
export {
  FakeApiError,
  type FakeApiErrorExtras,
  type FakeErrorCode,
  FakeNetworkFailure,
} from "./fake-api-error";
export type { Handlers, ProcedureInput, ProcedureOutput, ProcedurePath } from "./procedures";
