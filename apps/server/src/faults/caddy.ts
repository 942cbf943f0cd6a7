import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// A real reverse proxy for the scale-out test: Debian's Caddy on loopback, in front of the given
// servers, as deploy/Caddyfile runs it in production (minus TLS): round robin, only to servers
// whose /readyz answers, a request that could not reach a server tried on another. Caddy replaces
// X-Forwarded-For with the client's address, so the servers trust one hop.

export interface RunningProxy {
  origin: string;
  stop: () => Promise<void>;
}

/** Health probes every HEALTH_INTERVAL_MS: a draining server is out of rotation within that. */
export const HEALTH_INTERVAL_MS = 250;
/** How long a request's failure keeps an upstream out of rotation (passive health checks). */
export const FAIL_DURATION_MS = 2_000;

export async function startCaddy(port: number, upstreams: readonly string[]): Promise<RunningProxy> {
  const dir = mkdtempSync(join(tmpdir(), "petshop-caddy-"));
  const config = join(dir, "Caddyfile");
  writeFileSync(
    config,
    `{
	admin off
	auto_https off
	storage file_system ${join(dir, "data")}
}
:${port} {
	reverse_proxy ${upstreams.join(" ")} {
		lb_policy round_robin
		lb_try_duration 5s
		lb_try_interval 100ms
		health_uri /readyz
		health_interval ${HEALTH_INTERVAL_MS}ms
		health_timeout 1s
		fail_duration ${FAIL_DURATION_MS}ms
	}
}
`,
  );
  const child: ChildProcess = spawn("caddy", ["run", "--config", config, "--adapter", "caddyfile"], {
    env: { HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, PATH: "/usr/bin:/bin" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caddy exited with ${child.exitCode}:\n${log}`);
    const ok = await fetch(`${origin}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`caddy did not answer:\n${log}`);
    await sleep(100);
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
