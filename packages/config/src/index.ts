export {
  type Config,
  ConfigError,
  loadAdminPassword,
  loadConfig,
  loadTestConfig,
  readEnvironment,
  type TestConfig,
} from "./config";
export { findWorkspaceRoot } from "./workspace-root";
