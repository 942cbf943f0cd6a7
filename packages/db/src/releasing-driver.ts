import type { DatabaseConnection, Driver, TransactionSettings } from "kysely";

/** A Kysely driver that runs `onDestroy` after the wrapped driver has closed (to release a lock). */
export class ReleasingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly onDestroy: () => void,
  ) {}

  init() {
    return this.inner.init();
  }
  acquireConnection() {
    return this.inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(connection);
  }
  async destroy() {
    try {
      await this.inner.destroy();
    } finally {
      this.onDestroy();
    }
  }
}
