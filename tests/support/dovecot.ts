// A throw-away Dovecot IMAP server on 127.0.0.1 for the mailbox tests (issue 18 item 5): its own
// configuration, passwd-file users, Maildir folders and TLS certificate (self-signed, so a client
// that checks certificates refuses it) in a temp folder; the system's configuration is not read.
// No mocks of IMAP: the tests talk to the real server over TCP.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ImapFlow } from "imapflow";

export interface Dovecot {
  /** Plain IMAP (no TLS offered to the tests' "none" clients; STARTTLS with the self-signed cert). */
  port: number;
  /** Implicit TLS with the self-signed certificate. */
  tlsPort: number;
  user: string;
  password: string;
  dir: string;
  /** Appends a raw message to a folder as a delivery would (returns its UID). */
  deliver(raw: string, folder?: string): Promise<number>;
  /** A client signed in as the test user (for checking flags and folders). */
  client(): Promise<ImapFlow>;
  setPassword(password: string): void;
  stop(): void;
  start(): Promise<void>;
  /** Renumbers a folder (stopped server: a new UIDVALIDITY in its uidlist, indexes dropped). */
  renumber(folder?: string): void;
  dispose(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function config(dir: string, port: number, tlsPort: number): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/log
instance_name = tf-${path.basename(dir)}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 0
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=${dir}/home/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort}
  }
}
service anvil {
  chroot =
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Filed {
    auto = subscribe
  }
}
`;
}

function instancePids(title: string): number[] {
  const listing = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return listing
    .split("\n")
    .filter((line) => line.includes(title))
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket.end() && true));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`dovecot did not listen on ${port}`);
}

export async function startDovecot(): Promise<Dovecot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-dovecot-"));
  fs.chmodSync(dir, 0o755);
  for (const sub of ["run", "state", "home"]) fs.mkdirSync(path.join(dir, sub));
  fs.chmodSync(path.join(dir, "home"), 0o777);
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=imap.test.invalid"],
      ...["-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`],
    ],
    { stdio: "ignore" },
  );
  const [port, tlsPort] = [await freePort(), await freePort()];
  const user = "support@acme.test";
  const conf = path.join(dir, "dovecot.conf");
  fs.writeFileSync(conf, config(dir, port, tlsPort));
  const fixture: Dovecot = {
    port,
    tlsPort,
    user,
    password: "imap-secret-1",
    dir,
    async deliver(raw, folder = "INBOX") {
      const client = await fixture.client();
      try {
        const appended = await client.append(folder, raw);
        return appended && appended.uid ? appended.uid : -1;
      } finally {
        await client.logout();
      }
    },
    async client() {
      const client = new ImapFlow({
        host: "127.0.0.1",
        port,
        secure: false,
        doSTARTTLS: false,
        auth: { user, pass: fixture.password },
        logger: false,
      });
      await client.connect();
      return client;
    },
    setPassword(password) {
      fixture.password = password;
      fs.writeFileSync(path.join(dir, "passwd"), `${user}:{PLAIN}${password}::::::\n`);
    },
    stop() {
      if (fs.existsSync(`${dir}/run/master.pid`)) execFileSync("dovecot", ["-c", conf, "stop"], { stdio: "ignore" });
      for (let i = 0; i < 100 && fs.existsSync(`${dir}/run/master.pid`); i++) execFileSync("sleep", ["0.05"]);
      // The master leaves signed-in sessions running: end this instance's own processes, by pid.
      for (const pid of instancePids(`dovecot-tf-${path.basename(dir)}/`)) process.kill(pid, "SIGKILL");
    },
    async start() {
      execFileSync("dovecot", ["-c", conf], { stdio: "ignore" });
      await waitForPort(port);
    },
    renumber(folder = "INBOX") {
      const maildir = path.join(dir, "home", user, "Maildir", folder === "INBOX" ? "" : `.${folder}`);
      const uidlist = path.join(maildir, "dovecot-uidlist");
      const text = fs.readFileSync(uidlist, "utf8");
      fs.writeFileSync(
        uidlist,
        text.replace(/ V(\d+)/, (_, v: string) => ` V${Number(v) + 1000}`),
      );
      for (const file of fs.readdirSync(maildir))
        if (file.startsWith("dovecot.index")) fs.rmSync(path.join(maildir, file));
    },
    dispose() {
      try {
        fixture.stop();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  fixture.setPassword(fixture.password);
  await fixture.start();
  return fixture;
}
