export {
  type Config,
  ConfigError,
  loadAdminPassword,
  loadConfig,
  loadTestConfig,
  type TestConfig,
} from "./config";
export { findWorkspaceRoot } from "./workspace-root";
