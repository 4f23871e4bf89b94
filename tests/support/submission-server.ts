// A mail submission server on 127.0.0.1 (smtp-server) that wants AUTH with one user and password
// and keeps what it is sent: the connected mailbox's SMTP side in tests and e2e specs.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A submission server on 127.0.0.1 that wants AUTH (user/password), keeping what it is sent. */
export async function startSubmissionServer(user: string, password: string) {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user });
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((parsed) => {
        received.push(parsed);
        callback();
      }, callback);
    },
  });
  server.on("error", () => {}); // a dropped client connection must not end the test process
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
